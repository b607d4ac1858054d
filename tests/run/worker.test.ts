// What a worker hands over to the main thread instead of copying (resultBuffers): every byte
// buffer of the result, each once, and nothing else.
import { describe, expect, it } from 'vitest';
import { utf8Groups } from '../../src/report/worker-rows.js';
import type { AnalyzeResult, ReportResult } from '../../src/tasks.js';
import { resultBuffers } from '../../src/run/worker.js';

describe('resultBuffers', () => {
  it("lists a scan's hashes, an analysis' terms and rendered rows, a report's rendered rows, each buffer once", () => {
    const scan = [{ lines: new Uint32Array(4), story: new Uint32Array(2), paragraphs: new Uint32Array(6) }, null, { lines: new Uint32Array(2), story: null, paragraphs: new Uint32Array(0) }];
    expect([...resultBuffers(scan)]).toEqual([scan[0]!.lines.buffer, scan[0]!.story!.buffer, scan[0]!.paragraphs.buffer, scan[2]!.lines.buffer, scan[2]!.paragraphs.buffer]);

    const [sentences, removed] = utf8Groups([['a,b\r\n'], ['c\r\n']]);
    const terms = new Uint32Array(8);
    const signature = new Uint32Array(64);
    const analyzed: AnalyzeResult = {
      items: [{ kind: 'analysed', id: 'a', sourceFile: 'a.txt', terms, problems: [], bodyKey: null, signature }, { kind: 'analysed', id: 'b', sourceFile: 'b.txt', terms: new Uint32Array(0), problems: [], bodyKey: null, signature: null }, { kind: 'problem', problem: { sourceFile: 'x', articleId: null, stage: 'ingest', severity: 'error', problem: 'unreadable' } }],
      details: { sentences: { bytes: sentences!, rows: 1, cut: [] }, removed_lines: { bytes: removed!, rows: 1, cut: [] } },
      complete: false,
    };
    expect([...resultBuffers(analyzed)]).toEqual([terms.buffer, signature.buffer, (analyzed.items[1] as { terms: Uint32Array }).terms.buffer, sentences!.buffer]);

    const [articles, termRows, keyphrases, json] = utf8Groups([['1\r\n'], ['2\r\n'], [], ['{}']]);
    const report: ReportResult = {
      articles: 1,
      csv: { articles: { bytes: articles!, rows: 1, cut: [] }, terms: { bytes: termRows!, rows: 1, cut: [] }, keyphrases: { bytes: keyphrases!, rows: 0, cut: [] } },
      json: { bytes: json!, entries: 1 },
      summary: [],
      surfaces: { index: [], surface: [] },
    };
    expect([...resultBuffers(report)]).toEqual([articles!.buffer]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalyzeOptions } from '../../src/analyze/index.js';
import { emptyMetadata } from '../../src/ingest/index.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import type { CleanArticle } from '../../src/types.js';

const options: AnalyzeOptions = {
  tokenizer: { stopwords: stopwordSet('en'), stem: stemmerFor('en') },
  ngramRange: [1, 2],
  sentiment: { positiveThreshold: 0.05, negativeThreshold: -0.05, learnedLexicon: true },
  keyphraseWords: true,
};

const article = (body: string): CleanArticle => ({ id: 'a', sourceFile: 'a.txt', encoding: 'utf-8', metadata: emptyMetadata(), body, removedLines: [], warnings: [] });

describe('analyzeArticle', () => {
  it('leaves a text without words (numbers, emoji, dots) not scored, as a text of no sentence, keeping its sentences', () => {
    // Scored, each was a 0 labelled neutral, in the run's mean and labels, while the summary counted it as empty.
    for (const body of ['1 2 3 4 5\n\n42 17 99.5', '😀😀😀 🎉🎉\n\n🔥🔥 👍', '.'.repeat(50)]) {
      const analysis = analyzeArticle(article(body), options);
      expect(analysis.wordCount, body).toBe(0);
      expect([analysis.sentiment.sentiment, analysis.sentiment.label], body).toEqual([null, null]);
      expect(analysis.sentiment.sentences.length, body).toBe(analysis.sentenceCount);
    }
  });

  const story = 'The harbour council approved the ferry terminal on Tuesday. The ferry terminal opens next spring.';
  const wire = analyzeArticle(article(`PORTSMOUTH, England (Reuters) - ${story}`), options);
  const plain = analyzeArticle(article(story), options);

  it('counts no term and no keyphrase candidate from the dateline that opens wire copy', () => {
    const keys = (analysis: typeof wire) => analysis.termCounts.map((term) => term.key).sort();
    expect(keys(wire)).toEqual(keys(plain));
    const candidates = [...wire.keyphraseCandidates.phrases, ...wire.keyphraseCandidates.words].map((c) => c.surface);
    for (const word of ['PORTSMOUTH', 'England', 'Reuters']) expect(candidates.join(' | ')).not.toContain(word);
  });

  it('keeps the dateline in the sentences and the word count', () => {
    expect(wire.sentiment.sentences[0]!.text).toMatch(/^PORTSMOUTH, England \(Reuters\) - /);
    expect(wire.wordCount).toBe(plain.wordCount + 3);
  });

  it('counts no term from the dateline under a correction note, and the note\'s words as any paragraph\'s', () => {
    const note = 'Correction: An earlier version of this story misstated the terminal budget.';
    const corrected = analyzeArticle(article(`${note}\n\nPORTSMOUTH, England (Reuters) - ${story}`), options);
    const unsigned = analyzeArticle(article(`${note}\n\n${story}`), options);
    const keys = (analysis: typeof wire) => analysis.termCounts.map((term) => `${term.key} ${term.count}`).sort();
    expect(keys(corrected)).toEqual(keys(unsigned));
    expect(keys(corrected)).toContain('termin budget 1');
    expect(corrected.wordCount).toBe(unsigned.wordCount + 3);
  });

  it('counts no term from a colon dateline, a Title Case dateline with its country, one without its place or one a byline runs into', () => {
    const keys = (analysis: typeof wire) => analysis.termCounts.map((term) => `${term.key} ${term.count}`).sort();
    for (const dateline of ['KOCHI: ', 'NEW DELHI: ', 'Jakarta, Indonesia – ', 'Mar 3 (Reuters) - ', '(Reuters) - ', 'By Ada Moreno PORTSMOUTH Mar 3 (Reuters) - ']) {
      const placed = analyzeArticle(article(`${dateline}${story}`), options);
      expect(keys(placed), dateline).toEqual(keys(plain));
      expect(placed.sentiment.sentences[0]!.text.startsWith(dateline)).toBe(true);
    }
  });

  it('counts the words of an article without a dateline as before', () => {
    expect(plain.termCounts.some((term) => term.key === 'harbour council')).toBe(true);
  });

  describe('on a transcript', () => {
    const turns = [
      'NAOMI FISCHER: Tell us, is nobody moving house this year?',
      'RAJ PATEL: Most homeowners locked in low mortgage rates, and moving would mean giving that up.',
      'NAOMI FISCHER: So people stay put?',
      'RAJ PATEL: Exactly. For many the extra cost is several hundred dollars a month.',
    ];
    const transcript = analyzeArticle(article(turns.join('\n\n')), options);
    const unlabelled = analyzeArticle(article(turns.map((turn) => turn.replace(/^[A-Z ]+: /u, '')).join('\n\n')), options);
    const keys = (analysis: typeof wire) => analysis.termCounts.map((term) => `${term.key} ${term.count}`).sort();

    it('counts no term and no keyphrase candidate from the speaker labels opening the turns', () => {
      expect(keys(transcript)).toEqual(keys(unlabelled));
      const candidates = [...transcript.keyphraseCandidates.phrases, ...transcript.keyphraseCandidates.words].map((c) => c.surface);
      for (const word of ['NAOMI', 'FISCHER', 'RAJ', 'PATEL']) expect(candidates).not.toContain(word);
    });

    it('keeps the labels in the sentences and the word count', () => {
      expect(transcript.sentiment.sentences[0]!.text).toMatch(/^NAOMI FISCHER: /u);
      expect(transcript.wordCount).toBe(unlabelled.wordCount + 8);
    });

    it('counts a label-like opening of an article that is no transcript', () => {
      const brief = analyzeArticle(article('UPDATE: The harbour council approved the ferry terminal on Tuesday.\n\nThe ferry terminal opens next spring.'), options);
      expect(brief.termCounts.some((term) => term.surface === 'UPDATE')).toBe(true);
    });
  });
});


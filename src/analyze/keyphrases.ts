// Keyphrases: candidate phrases are maximal runs of non-stopword words inside a sentence (up to
// four words). The article-only score rewards frequency and early first mention (news puts what
// matters first); the final score multiplies in the words' specificity (IDF) against the corpus,
// then drops candidates that repeat an already chosen phrase.
import { inverseDocumentFrequency, termRuns } from './terms.js';
import type { CorpusStats, Keyphrase, KeyphraseCandidate, Sentence, Token } from '../types.js';

const MAX_WORDS = 4;

export function keyphraseCandidates(sentences: readonly Sentence[]): KeyphraseCandidate[] {
  const byKey = new Map<string, KeyphraseCandidate & { surfaces: Map<string, number> }>();
  let position = 0;
  for (const sentence of sentences) {
    for (const run of termRuns(sentence)) {
      let phrase: Token[] = [];
      const flush = (): void => {
        if (phrase.length && phrase.length <= MAX_WORDS) addCandidate(byKey, phrase, position - phrase.length);
        phrase = [];
      };
      for (const token of run) {
        if (token.isStopword || token.lower.length < 2) flush();
        else phrase.push(token);
        position++;
      }
      flush();
    }
  }
  return [...byKey.values()].map(({ surfaces, ...candidate }) => ({ ...candidate, surface: bestSurface(surfaces) }));
}

function addCandidate(byKey: Map<string, KeyphraseCandidate & { surfaces: Map<string, number> }>, phrase: Token[], firstPosition: number): void {
  const stems = phrase.map((t) => t.stem);
  const key = stems.join(' ');
  const surface = phrase.map((t) => t.surface).join(' ');
  let candidate = byKey.get(key);
  if (!candidate) {
    candidate = { key, surface, stems, localScore: 0, count: 0, firstPosition, surfaces: new Map() };
    byKey.set(key, candidate);
  }
  candidate.count++;
  candidate.localScore = candidate.count * (1 + 1 / (1 + candidate.firstPosition / 50));
  candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
}

function bestSurface(surfaces: Map<string, number>): string {
  return [...surfaces].reduce((best, current) => (current[1] > best[1] ? current : best))[0];
}

/** Ranks candidates with corpus specificity and removes redundant ones. */
export function rankKeyphrases(candidates: readonly KeyphraseCandidate[], stats: CorpusStats, limit: number): Keyphrase[] {
  const scored = candidates
    .map((c) => {
      const specificity = c.stems.reduce((sum, stem) => sum + inverseDocumentFrequency(stats, stem), 0) / c.stems.length;
      return { candidate: c, score: c.localScore * specificity * Math.sqrt(c.stems.length) };
    })
    .sort((a, b) => b.score - a.score || a.candidate.firstPosition - b.candidate.firstPosition);
  const chosen: typeof scored = [];
  for (const entry of scored) {
    if (chosen.length >= limit) break;
    if (chosen.some((c) => overlaps(c.candidate.stems, entry.candidate.stems))) continue;
    chosen.push(entry);
  }
  return chosen.map((entry, i) => ({ rank: i + 1, keyphrase: entry.candidate.surface, keyphraseScore: entry.score }));
}

/** One phrase contains the other as a contiguous run of stems ("minister" in "prime minister"). */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((stem, k) => long[i + k] === stem)) return true;
  }
  return false;
}

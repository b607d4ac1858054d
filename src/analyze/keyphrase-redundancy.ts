// Which candidates a keyphrase list already says: the same phrase, or one overlapping those listed.
import type { KeyphraseCandidate } from '../types.js';

export const isDuplicate = (candidate: KeyphraseCandidate, chosen: readonly KeyphraseCandidate[]): boolean => chosen.some((c) => c.key === candidate.key);

/**
 * A phrase overlapping two chosen ones, or one that already has an overlapping partner, adds
 * nothing new. One overlap is allowed: "Hurricane Andrew" and "Hurricane Andrew claims" are both
 * common answers, and refusing every overlap loses the shorter one when the longer comes first.
 */
export function isRedundant(candidate: KeyphraseCandidate, chosen: readonly KeyphraseCandidate[]): boolean {
  const partners = chosen.filter((c) => overlaps(c.stems, candidate.stems));
  if (partners.length === 0) return false;
  if (partners.length > 1) return true;
  return chosen.some((c) => c !== partners[0] && overlaps(c.stems, partners[0]!.stems));
}

/** One phrase contains the other as a contiguous run of stems ("minister" in "prime minister"). */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((stem, k) => long[i + k] === stem)) return true;
  }
  return false;
}

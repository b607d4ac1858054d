import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COVERAGE_WORD_MODEL, DEFAULT_WEIGHTS, rankKeyphrases, wordEvidence, WordFigures, type RankOptions } from '../../src/analyze/keyphrases.js';
import type { CorpusStats, KeyphraseCandidate, KeyphraseCandidates } from '../../src/types.js';
import { allCandidatesOf, candidatesOf, corpusOf, MAJOR, surfaces, tokenizer } from './keyphrase-helpers.js';

const phrasesOnly = (phrases: KeyphraseCandidate[]): KeyphraseCandidates => ({ phrases, words: [] });
const PHRASES: RankOptions = { limit: 10, singleWordWeight: 0 };

describe('rankKeyphrases', () => {
  const stats = corpusOf(MAJOR, 'The weather was fine in Brussels.', 'Finance ministers met.');

  it('never returns "minister", "prime minister" and "prime minister john major" together', () => {
    const phrase = (surface: string, score: number, firstPosition: number): KeyphraseCandidate => {
      const stems = surface.split(' ').map((w) => tokenizer.stem(w.toLowerCase()));
      return { key: stems.join(' '), surface, stems, wordScores: stems.map(() => score), wordInTitle: stems.map(() => false), count: 1, firstPosition, verb: false };
    };
    const candidates = [phrase('Prime Minister John Major', 0.3, 0), phrase('prime minister', 0.4, 5), phrase('minister', 0.6, 9), phrase('Brussels', 0.2, 4)];
    const ranked = (removeRedundant: boolean) => rankKeyphrases(phrasesOnly(candidates), stats, PHRASES, { ...DEFAULT_WEIGHTS, removeRedundant }).map((k) => k.keyphrase);
    expect(ranked(false)).toEqual(expect.arrayContaining(['Prime Minister John Major', 'prime minister', 'minister']));
    const kept = ranked(true);
    expect(kept.filter((k) => /minister/i.test(k))).toHaveLength(2);
    expect(kept).toContain('Brussels');
  });

  it('never lists a long name with both of its parts ("New York Stock Exchange", "New York", "Stock Exchange")', () => {
    const body = 'Shares fell on the New York Stock Exchange. In New York, the Stock Exchange said the New York Stock Exchange closed. The Stock Exchange and New York agreed.';
    const family = ['New York Stock Exchange', 'New York', 'Stock Exchange'];
    const listed = (removeRedundant: boolean) =>
      rankKeyphrases(phrasesOnly(candidatesOf(body)), corpusOf(body, 'The weather was fine.'), { ...PHRASES, limit: 20 }, { ...DEFAULT_WEIGHTS, removeRedundant }).map((k) => k.keyphrase);
    expect(listed(false)).toEqual(expect.arrayContaining(family));
    expect(listed(true)).toContain('New York Stock Exchange');
    expect(listed(true).filter((k) => family.includes(k))).toHaveLength(2);
  });

  it('keeps at most two of a family of overlapping phrases found in text', () => {
    const candidates = candidatesOf(MAJOR);
    const family = (removeRedundant: boolean) =>
      rankKeyphrases(phrasesOnly(candidates), stats, { ...PHRASES, limit: 20 }, { ...DEFAULT_WEIGHTS, removeRedundant }).filter((k) => /minister/i.test(k.keyphrase));
    expect(family(false).length).toBeGreaterThanOrEqual(3);
    expect(family(true).length).toBeLessThanOrEqual(2);
  });

  it('returns at most `limit` phrases, ranked 1.. with falling scores', () => {
    const ranked = rankKeyphrases(allCandidatesOf(MAJOR), stats, { ...PHRASES, limit: 3 });
    expect(ranked.map((k) => k.rank)).toEqual([1, 2, 3]);
    expect(ranked[0]!.keyphraseScore).toBeGreaterThanOrEqual(ranked[1]!.keyphraseScore);
    expect(ranked[1]!.keyphraseScore).toBeGreaterThanOrEqual(ranked[2]!.keyphraseScore);
  });

  it('prefers words that are specific to the article over words every article has', () => {
    const body = 'The committee discussed the budget. The committee discussed the glacier. The budget and the glacier were discussed.';
    const common = corpusOf(body, 'The budget was cut.', 'A new budget passed.', 'The budget grew.');
    const ranked = rankKeyphrases(allCandidatesOf(body), common, { ...PHRASES, limit: 3 }, { ...DEFAULT_WEIGHTS, firstPositionDecay: false }).map((k) => k.keyphrase);
    expect(ranked.indexOf('glacier')).toBeLessThan(ranked.indexOf('budget'));
  });

  it('knows common words from the background corpus even when the run has one article', () => {
    const body = 'The countries watched the glacier. The countries and the glacier were discussed.';
    const single = corpusOf(body);
    // The IDF alone: the common-vocabulary test would leave "countries" out either way.
    const ranked = (backgroundCorpus: boolean) =>
      rankKeyphrases(allCandidatesOf(body), single, { ...PHRASES, limit: 3 }, { ...DEFAULT_WEIGHTS, backgroundCorpus, commonWordShare: 1 }).map((k) => k.keyphrase);
    expect(ranked(false)[0]).toBe('countries');
    expect(ranked(true)[0]).toBe('glacier');
  });

  it('works on candidates that went through JSON, as spooled between passes', () => {
    const candidates = allCandidatesOf(MAJOR, null, true);
    const copied = JSON.parse(JSON.stringify(candidates)) as KeyphraseCandidates;
    const options = { limit: 10, singleWordWeight: 0.5 };
    expect(rankKeyphrases(copied, stats, options)).toEqual(rankKeyphrases(candidates, stats, options));
  });

  it('ranks the same with specificities and shares of documents kept from other articles as with its own', () => {
    const options = { limit: 10, singleWordWeight: 0.5 };
    const kept = new WordFigures();
    const articles = [allCandidatesOf(MAJOR, 'Major resigns', true), allCandidatesOf('Finance ministers met in Brussels. The weather in Brussels was fine for the ministers.', null, true), allCandidatesOf(MAJOR, null, true)];
    const withKept = articles.map((candidates) => rankKeyphrases(candidates, stats, options, DEFAULT_WEIGHTS, kept));
    expect(kept.size).toBeGreaterThan(0);
    expect(withKept).toEqual(articles.map((candidates) => rankKeyphrases(candidates, stats, options)));
  });

  it("keeps each word's figures, worked out once, however many words it holds", () => {
    // More words than its arrays first hold, each asked for again after others; a new word's share asked first, or its specificity.
    const stems = Array.from({ length: 600 }, (_, i) => `w${'x'.repeat(i % 7)}${i}`);
    for (const shareFirst of [true, false]) {
      const kept = new WordFigures();
      const computed: string[] = [];
      const compute = (stem: string) => {
        computed.push(stem);
        return { specificity: stem.length, share: stem.length / 1000 };
      };
      const read = (stem: string) => (shareFirst ? [kept.share(stem, compute), kept.specificity(stem, compute)] : [kept.specificity(stem, compute), kept.share(stem, compute)].reverse());
      for (const stem of stems) expect(read(stem)).toEqual([stem.length / 1000, stem.length]);
      for (const stem of [...stems].reverse()) expect(read(stem)).toEqual([stem.length / 1000, stem.length]);
      expect(computed).toEqual(stems);
      expect(kept.size).toBe(600);
    }
  });

  it('is deterministic: the same article gives byte-identical keyphrases', () => {
    const options = { limit: 10, singleWordWeight: 0.3 };
    const once = JSON.stringify(rankKeyphrases(allCandidatesOf(MAJOR, 'Major resigns', true), stats, options));
    const again = JSON.stringify(rankKeyphrases(allCandidatesOf(MAJOR, 'Major resigns', true), stats, options));
    expect(again).toBe(once);
  });
});

describe("the run's common vocabulary", () => {
  const listed = (body: string, stats: CorpusStats, singleWordWeight: number): string[] =>
    rankKeyphrases(allCandidatesOf(body, null, true), stats, { limit: 10, singleWordWeight }).map((k) => k.keyphrase);
  const WIRE = 'The company sold the glacier. The company said the oil company had sold the glacier. The company and the glacier.';
  // A business wire's run of 100 articles, `withCompany` of them about a company.
  const wireRun = (withCompany: number): CorpusStats =>
    corpusOf(WIRE, ...Array.from({ length: 99 }, (_, i) => (i < withCompany ? `The company reported profit ${i}.` : `A storm hit the town ${i}.`)));

  it('lists no lone word in over a third of the run\'s articles ("company" in a business wire), as a phrase or a single word', () => {
    for (const weight of [0, 0.3, 1000]) {
      expect(listed(WIRE, wireRun(90), weight)).not.toContain('company');
      expect(listed(WIRE, wireRun(10), weight)).toContain('company');
    }
  });

  it('still counts the word in phrases ("oil company")', () => {
    expect(listed(WIRE, wireRun(90), 0)).toContain('oil company');
  });

  it('judges a run of a few dozen articles with the background corpus: a word of most of them is common only if the background has it as often', () => {
    const body = 'The people saw the glacier. The people said the glacier melted. The people and the glacier.';
    const run = corpusOf(body, ...Array.from({ length: 11 }, (_, i) => `The people watched the glacier melt ${i}.`));
    for (const weight of [0, 1000]) {
      expect(listed(body, run, weight)).toContain('glacier');
      expect(listed(body, run, weight)).not.toContain('people');
    }
  });

  it('judges the run alone when the background corpus is switched off ("glacier" in every article of the run)', () => {
    const body = 'The people saw the glacier. The people said the glacier melted. The people and the glacier.';
    const run = corpusOf(body, ...Array.from({ length: 11 }, (_, i) => `The people watched the glacier melt ${i}.`));
    const withoutBackground = rankKeyphrases(allCandidatesOf(body, null, true), run, { limit: 10, singleWordWeight: 1000 }, { ...DEFAULT_WEIGHTS, backgroundCorpus: false });
    expect(withoutBackground.map((k) => k.keyphrase)).toEqual(['saw']);
  });

  // A markets wire: `withRose` of its 1,000 articles say that glacier prices rose (the background has "rose"
  // in 69 of its 500 documents, "glacier" in 2).
  const RISE = 'Tourists rose early to see the glacier. Prices rose at the glacier, and the operator rose to the top. Hotels rose near the glacier.';
  const markets = (withRose: number): CorpusStats =>
    corpusOf(RISE, ...Array.from({ length: 999 }, (_, i) => (i < withRose ? `Glacier prices rose ${i}.` : `A storm hit the town ${i}.`)));

  it('lists no verb in over a sixth of the run\'s articles ("rose" in a markets wire), and keeps a noun of that share', () => {
    expect(listed(RISE, markets(100), 1000)).toContain('rose');
    expect(listed(RISE, markets(400), 1000)).not.toContain('rose');
    expect(listed(RISE, markets(400), 1000)).toContain('glacier');
  });

  it('leaves the other words\' scores as they were when it leaves out a verb', () => {
    const scores = (commonVerbShare: number) =>
      new Map(rankKeyphrases(allCandidatesOf(RISE, null, true), markets(400), { limit: 10, singleWordWeight: 1000 }, { ...DEFAULT_WEIGHTS, commonVerbShare }).map((k) => [k.keyphrase, k.keyphraseScore]));
    const [withRule, without] = [scores(DEFAULT_WEIGHTS.commonVerbShare), scores(1)];
    expect(without.has('rose')).toBe(true);
    expect(withRule.size).toBeGreaterThan(1);
    for (const [keyphrase, score] of withRule) expect(score).toBe(without.get(keyphrase));
  });

  it('leaves a run of fewer than ten articles alone: it has no common vocabulary of its own ("war" in an article about a war)', () => {
    const body = 'The war reached the valley. The war closed the road and the war emptied the villages. Families fled the war.';
    for (const run of [corpusOf(body), corpusOf(body, 'The war went on.')]) expect(listed(body, run, 1000)).toContain('war');
  });
});
describe('single words (keyphrases.singleWordWeight)', () => {
  const WEDDING = [
    'Canadian pop star Tomas Kellaway married Argentine actress Lucia Brandoni in a civil ceremony.',
    'Kellaway kissed his bride after the ceremony, and fans cheered.',
    'Brandoni tossed a bouquet to the fans. Kellaway married in Buenos Aires.',
  ].join(' ');
  const stats = corpusOf(WEDDING, 'The weather was fine in Brussels.', 'Finance ministers met.');

  it('collects verbs and the words of noun runs, even runs too long to be phrases, as single words only when asked', () => {
    const { phrases, words } = allCandidatesOf(WEDDING, null, true);
    expect(surfaces(words)).toEqual(expect.arrayContaining(['married', 'tossed', 'Kellaway', 'ceremony', 'bride', 'Brandoni', 'Canadian']));
    expect(surfaces(phrases).some((s) => s.includes('Canadian'))).toBe(false);
    expect(words.find((w) => w.surface === 'Kellaway')?.count).toBe(3);
  });

  it('leaves out words that never occur outside multi-word phrases ("Buenos" of "Buenos Aires")', () => {
    const { words } = allCandidatesOf(WEDDING, null, true);
    expect(surfaces(words)).not.toContain('Buenos');
    expect(surfaces(words)).not.toContain('Aires');
    expect(surfaces(allCandidatesOf(`${WEDDING} They live in downtown Buenos Aires.`, null, true).words)).not.toContain('Buenos');
    expect(surfaces(allCandidatesOf(`${WEDDING} Aires is a name too.`, null, true).words)).toContain('Aires');
    expect(words.every((w) => w.stems.length === 1 && w.wordScores[0]! > 0)).toBe(true);
    expect(words.find((w) => w.surface === 'married')?.count).toBe(2);
    expect(allCandidatesOf(WEDDING).words).toEqual([]);
  });

  it('takes no single word that only ever counts a number ("5 percent", "30 cents"): a unit says nothing alone', () => {
    const body = 'Acme sales rose 5 percent to 20 million euros, or 30 cents a share. Margins grew 2 percent. The earnings beat forecasts by 4 cents, and 3,000 jobs went.';
    const { phrases, words } = allCandidatesOf(body, null, true);
    expect(surfaces(words)).toEqual(expect.arrayContaining(['Margins', 'earnings', 'forecasts']));
    expect(surfaces(phrases)).toEqual(expect.arrayContaining(['Acme sales', 'Margins', 'earnings', 'forecasts']));
    expect([...surfaces(phrases), ...surfaces(words)].filter((w) => /^(?:percent|euros|cents|jobs)$/.test(w))).toEqual([]);
    // A word also said without a number is a topic word as any other.
    const more = allCandidatesOf(`${body} The jobs were in Ohio.`, null, true);
    expect(surfaces(more.words)).toContain('jobs');
    expect(surfaces(more.phrases)).toContain('jobs');
  });

  it('reads "per cent" as the number\'s unit as "percent" is, and only after a number', () => {
    const body = 'Acme shares fell 12 per cent. Sales dropped 8 per cent while online sales rose 3 per cent. Margins grew.';
    const { phrases, words } = allCandidatesOf(body, null, true);
    expect([...surfaces(phrases), ...surfaces(words)]).not.toContain('cent');
    expect(surfaces(words)).toContain('Margins');
    const paid = allCandidatesOf('Each coin was worth one cent. The cent was minted per order.', null, true);
    expect(surfaces(paid.words)).toContain('cent');
  });

  it('lists phrases only at weight 0, words first at a large weight, a mix in between', () => {
    const candidates = allCandidatesOf(WEDDING, null, true);
    const ranked = (singleWordWeight: number) => rankKeyphrases(candidates, stats, { limit: 8, singleWordWeight }).map((k) => k.keyphrase);
    const verbs = (list: string[]) => list.filter((k) => ['married', 'kissed', 'tossed', 'cheered'].includes(k)).length;
    const phrases = rankKeyphrases(allCandidatesOf(WEDDING), stats, { ...PHRASES, limit: 8 }).map((k) => k.keyphrase);
    expect(ranked(0)).toEqual(phrases);
    expect(verbs(ranked(1000))).toBeGreaterThan(0);
    expect(ranked(1000).every((k) => !k.includes(' '))).toBe(true);
    const mixed = ranked(0.8);
    expect(mixed.some((k) => k.includes(' '))).toBe(true);
    expect(mixed.some((k) => !phrases.includes(k))).toBe(true);
  });

  it('scores the best phrase 1 and a single word by its share of the best word times the weight', () => {
    const ranked = rankKeyphrases(allCandidatesOf(WEDDING, null, true), stats, { limit: 10, singleWordWeight: 0.8 });
    expect(ranked[0]!.keyphraseScore).toBe(1);
    expect(rankKeyphrases(allCandidatesOf(WEDDING, null, true), stats, { limit: 1, singleWordWeight: 1000 })[0]!.keyphraseScore).toBe(1000);
  });

  it('at weight 1, the best phrase first (ties go to phrases), then the better of the next phrase and the best word not in it', () => {
    const candidates = allCandidatesOf(WEDDING, null, true);
    const ranked = rankKeyphrases(candidates, stats, { limit: 2, singleWordWeight: 1 }).map((k) => k.keyphrase);
    const [bestPhrase, nextPhrase] = rankKeyphrases(allCandidatesOf(WEDDING), stats, { limit: 2, singleWordWeight: 0 });
    const words = rankKeyphrases(candidates, stats, { limit: 10, singleWordWeight: 1000 });
    const word = words.find((w) => !bestPhrase!.keyphrase.split(' ').includes(w.keyphrase))!;
    expect(ranked).toEqual([bestPhrase!.keyphrase, word.keyphraseScore / 1000 > nextPhrase!.keyphraseScore ? word.keyphrase : nextPhrase!.keyphrase]);
  });

  it('never lists a word of an already listed phrase, nor a whole family of overlapping phrases', () => {
    const ranked = rankKeyphrases(allCandidatesOf(MAJOR, null, true), corpusOf(MAJOR, 'Finance ministers met.'), { limit: 10, singleWordWeight: 1 }).map((k) => k.keyphrase.toLowerCase());
    expect(ranked.filter((k) => k.includes('minister')).length).toBeLessThanOrEqual(2);
    ranked.forEach((k, i) => {
      if (!k.includes(' ')) expect(ranked.slice(0, i).some((earlier) => earlier.split(' ').includes(k))).toBe(false);
    });
  });

  it('fills the list from the other kind when one runs out, never repeating a candidate', () => {
    const body = 'The glacier melted. The glacier retreated quickly.';
    const words = rankKeyphrases(allCandidatesOf(body, null, true), corpusOf(body), { limit: 10, singleWordWeight: 1000 }).map((k) => k.keyphrase);
    expect(words).toEqual(expect.arrayContaining(['glacier', 'melted', 'retreated']));
    expect(new Set(words).size).toBe(words.length);
  });

  it('for any weight and length: `limit` distinct keyphrases (fewer only when the article runs out), ranked 1..n with falling scores', () => {
    const candidates = allCandidatesOf(`${MAJOR} ${WEDDING}`, null, true);
    const both = corpusOf(MAJOR, WEDDING);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 10, noNaN: true }), (limit, singleWordWeight) => {
        const ranked = rankKeyphrases(candidates, both, { limit, singleWordWeight });
        // A bound from above alone holds for an empty list; the whole ranking fixes the length and the order.
        const all = rankKeyphrases(candidates, both, { limit: 1000, singleWordWeight });
        expect(all.length).toBeGreaterThan(20);
        expect(ranked.map((k) => k.keyphrase)).toEqual(all.slice(0, limit).map((k) => k.keyphrase));
        expect(new Set(ranked.map((k) => k.keyphrase.toLowerCase())).size).toBe(ranked.length);
        expect(ranked.map((k) => k.rank)).toEqual(ranked.map((_, i) => i + 1));
        ranked.forEach((k, i) => i > 0 && expect(k.keyphraseScore).toBeLessThanOrEqual(ranked[i - 1]!.keyphraseScore));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the single-word model', () => {
  const word = (surface: string, centrality: number, count: number): KeyphraseCandidate => {
    const stem = tokenizer.stem(surface.toLowerCase());
    return { key: stem, surface, stems: [stem], wordScores: [centrality], wordInTitle: [false], count, firstPosition: 0, verb: false };
  };
  const stats = corpusOf('Nothing here is a candidate of the words below.');
  const wordsOnly = (words: KeyphraseCandidate[], model = DEFAULT_WEIGHTS.words): string[] =>
    rankKeyphrases({ phrases: [], words }, stats, { limit: 10, singleWordWeight: 1000 }, { ...DEFAULT_WEIGHTS, words: model }).map((k) => k.keyphrase);

  it('tells capitalised words and words of fewer than 4 letters, but not acronyms', () => {
    const evidence = (surface: string) => wordEvidence(word(surface, 0.1, 2), stats, DEFAULT_WEIGHTS);
    expect(evidence('Brandoni')).toMatchObject({ capitalised: true, short: false });
    expect(evidence('pop')).toMatchObject({ capitalised: false, short: true });
    expect(evidence('Sgt')).toMatchObject({ capitalised: true, short: true });
    for (const acronym of ['TV', 'U.S.', 'NASA']) expect(evidence(acronym)).toMatchObject({ capitalised: false, short: false });
    expect(evidence('married')).toMatchObject({ capitalised: false, short: false });
  });

  it('ranks a capitalised or short word below a plain word that covers a little less; coverage alone does not', () => {
    const words = [word('Zorbex', 0.21, 3), word('zog', 0.2, 3), word('quintar', 0.19, 3)];
    expect(wordsOnly(words)).toEqual(['quintar', 'Zorbex', 'zog']);
    expect(wordsOnly(words, COVERAGE_WORD_MODEL)).toEqual(['Zorbex', 'zog', 'quintar']);
  });

  it('orders words without either trait by coverage alone, as before the fit', () => {
    // Made-up words, so every one has the same specificity; distinct coverages, so no tie is left to the key.
    const plain = ['quintar', 'vellomix', 'briskora', 'tundrix', 'marmolex'];
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 5, maxLength: 5 }), fc.integer({ min: 1, max: 20 }), (centralities, count) => {
        const words = plain.map((surface, i) => word(surface, centralities[i]! / 1000, count));
        expect(wordsOnly(words)).toEqual(wordsOnly(words, COVERAGE_WORD_MODEL));
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COVERAGE_WORD_MODEL, DEFAULT_WEIGHTS, keyphraseCandidates, rankKeyphrases, wordEvidence, type RankOptions } from '../../src/analyze/keyphrases.js';
import { addToCorpus, countTerms, documentFrequencies, emptyCorpusSummary } from '../../src/analyze/terms.js';
import { modalsFor, stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeArticle, tokenizeWords } from '../../src/text/tokenize.js';
import type { CleanArticle, CorpusStats, KeyphraseCandidate, KeyphraseCandidates } from '../../src/types.js';

const tokenizer = { stopwords: stopwordSet('en', ['says', 'said']), stem: stemmerFor('en') };

function article(body: string, title: string | null = null): CleanArticle {
  return {
    id: 'a',
    sourceFile: 'a.txt',
    encoding: 'utf-8',
    metadata: { title, date: null, byline: null, source: null, url: null },
    body,
    removedLines: [],
    warnings: [],
  };
}

function allCandidatesOf(body: string, title: string | null = null, singleWords = false): KeyphraseCandidates {
  const { sentences } = tokenizeArticle(article(body), tokenizer);
  return keyphraseCandidates(sentences, { title: title ? tokenizeWords(title, tokenizer) : null, singleWords });
}

const candidatesOf = (body: string, title: string | null = null): KeyphraseCandidate[] => allCandidatesOf(body, title).phrases;
const phrasesOnly = (phrases: KeyphraseCandidate[]): KeyphraseCandidates => ({ phrases, words: [] });
const PHRASES: RankOptions = { limit: 10, singleWordWeight: 0 };

/** Corpus statistics of the given bodies, as the pipeline's reduce step builds them. */
function corpusOf(...bodies: string[]): CorpusStats {
  const stats = emptyCorpusSummary();
  for (const body of bodies) addToCorpus(stats, countTerms(tokenizeArticle(article(body), tokenizer).sentences, [1, 3]));
  return documentFrequencies(stats);
}

const surfaces = (candidates: readonly KeyphraseCandidate[]): string[] => candidates.map((c) => c.surface);

const MAJOR = [
  'Prime Minister Major flew to Brussels.',
  'Prime Minister Major met the chancellor.',
  'The prime minister said the minister would resign.',
  'Prime Minister Major called the minister again, and the prime minister left.',
  'A minister and a prime minister agreed.',
].join(' ');

describe('keyphraseCandidates', () => {
  it('finds adjective-noun phrases and keeps the surface form as written', () => {
    const found = surfaces(candidatesOf('Hurricane Andrew caused widespread destruction in southern Florida.'));
    expect(found).toEqual(expect.arrayContaining(['Hurricane Andrew', 'widespread destruction', 'southern Florida']));
    expect(found).not.toContain('caused');
  });

  it('keeps a company name with an adjective inside it whole', () => {
    const found = surfaces(candidatesOf('Royal Dutch Shell said on Monday it would sell assets. Royal Dutch Shell shares rose.'));
    expect(found).toEqual(expect.arrayContaining(['Royal Dutch Shell', 'assets']));
    expect(found).not.toContain('Dutch Shell');
    expect(found).not.toContain('Royal');
  });

  it('keeps Reuters instrument codes out of phrases and single words, as numbers', () => {
    const { phrases, words } = allCandidatesOf('The Dow DJc1 rose, and U.S. crude CLc1 fell. Royal Dutch Shell RDSa.L and Vodafone VOD.L gained as the euro EUR= and the index .DJI rose.', null, true);
    const found = [...surfaces(phrases), ...surfaces(words)];
    expect(found).toEqual(expect.arrayContaining(['Dow', 'U.S. crude', 'Vodafone', 'euro']));
    expect(found.filter((f) => /DJc1|CLc1|RDSa|VOD|EUR|DJI|^L$/.test(f))).toEqual([]);
  });

  it('treats acronyms as nouns, dotted or not, even when the lexicon lists them as pronouns', () => {
    const found = surfaces(candidatesOf('The EU and the U.S. signed a trade pact. US officials welcomed the EU pact.'));
    expect(found).toEqual(expect.arrayContaining(['EU', 'U.S.', 'trade pact', 'US officials', 'EU pact']));
  });

  it('keeps hyphenated words whole, as nouns or as adjectives', () => {
    const found = surfaces(candidatesOf('The property-casualty industry expects storm-related injuries after the hurricane.'));
    expect(found).toEqual(expect.arrayContaining(['property-casualty industry', 'storm-related injuries', 'hurricane']));
  });

  it('never starts or continues a phrase with a number, spelled out or in digits', () => {
    const found = surfaces(candidatesOf('Two people died and 150,000 people lost 7.3bn dollars in the 1992 election. People fled.'));
    expect(found).toEqual(expect.arrayContaining(['people', 'election']));
    expect(found.filter((s) => /\d|two/i.test(s))).toEqual([]);
  });

  it('cuts a possessive off its phrase and drops the apostrophe-s', () => {
    const found = surfaces(candidatesOf("Iraq's army crossed the border. Iraq’s army retreated."));
    expect(found).toEqual(expect.arrayContaining(['Iraq', 'army', 'border']));
    expect(found.some((s) => /['’]/.test(s))).toBe(false);
  });

  it('leaves out dates and quantifiers ("last week", "several")', () => {
    const found = surfaces(candidatesOf('Several banks failed last week. Other banks closed on Monday.'));
    expect(found).toEqual(['banks']);
  });

  it('leaves a month out of phrases and single words ("October sales"), but not out of a name ("Theresa May", "May Department Stores")', () => {
    const candidates = allCandidatesOf('October sales rose in November. In March, sales fell. Theresa May met staff of May Department Stores in May.', null, true);
    expect(surfaces(candidates.phrases)).toEqual(expect.arrayContaining(['sales', 'Theresa May', 'May Department Stores']));
    expect(surfaces(candidates.phrases).filter((s) => /^(?:October|November|March|May)$|October /.test(s))).toEqual([]);
    expect(surfaces(candidates.words).filter((s) => /^(?:October|November|March)$/.test(s))).toEqual([]);
    // A march is no month.
    expect(surfaces(candidatesOf('The protest march ended.'))).toEqual(['protest march']);
  });

  it('leaves an abbreviated month out too ("Nov. 3:" opening each entry of a police log), but not a name ("Jun Li")', () => {
    const candidates = allCandidatesOf('Nov. 3: A kayak was stolen. Nov. 4: Cattle got loose. On Aug 14 the plant opened. Jun Li spoke in Sept.', null, true);
    expect(surfaces(candidates.phrases).filter((s) => /\b(?:Nov|Aug|Sept)\b/u.test(s))).toEqual([]);
    expect(surfaces(candidates.words).filter((s) => /^(?:Nov|Aug|Sept)$/u.test(s))).toEqual([]);
    expect(surfaces(candidates.phrases)).toContain('Jun Li');
  });

  it('keeps "First", "Last" and the like when they are part of a name ("First Amendment", "Last Supper")', () => {
    const found = surfaces(candidatesOf('Lawyers cited the First Amendment. Visitors saw the Last Supper. The first snow fell, and the last train left. Many Americans agree, as other Americans do.'));
    expect(found).toEqual(expect.arrayContaining(['First Amendment', 'Last Supper', 'snow', 'train', 'Americans']));
    expect(found.some((s) => /first|last|Many|other/.test(s))).toBe(false);
  });

  it('leaves a superlative out of a phrase ("the largest oil spill" gives "oil spill"), but not out of a name ("Best Western")', () => {
    const found = surfaces(candidatesOf('It was the largest oil spill in U.S. history. Worst oil spill ever, the biggest U.S. carmaker said.'));
    expect(found).toEqual(expect.arrayContaining(['oil spill', 'U.S. history', 'U.S. carmaker']));
    expect(found.filter((s) => /largest|worst|biggest/i.test(s))).toEqual([]);
    expect(surfaces(candidatesOf('Best Western hotels cut prices. The Greatest Hits album sold.'))).toEqual(expect.arrayContaining(['Best Western hotels', 'Greatest Hits album']));
  });

  it('marks the words the headline shares, and takes no candidate from the headline alone', () => {
    const candidates = candidatesOf('Mad cow disease has reached the zoo. The sheep disease is older.', 'Zoo news: Mad cow disease');
    expect(candidates.find((c) => c.surface === 'Mad cow disease')?.wordInTitle).toEqual([true, true, true]);
    expect(candidates.find((c) => c.surface === 'sheep disease')?.wordInTitle).toEqual([false, true]);
    expect(surfaces(candidates)).not.toContain('Zoo news');
  });

  it('takes a name of four or five words whole; a common-noun run of four words is still no phrase', () => {
    const found = surfaces(candidatesOf('Shares fell on the New York Stock Exchange. The state oil company pension fund sold bonds at the Frankfurt European Banking Congress.'));
    expect(found).toEqual(expect.arrayContaining(['New York Stock Exchange', 'Frankfurt European Banking Congress', 'bonds']));
    expect(found.some((s) => s.includes('pension'))).toBe(false);
    expect(surfaces(candidatesOf('The Federal Reserve Bank Open Market Committee met.')).some((s) => s.includes('Committee'))).toBe(false);
  });

  it('takes no long name from a Title Case line or across words in capitals further in (datelines, captions)', () => {
    expect(surfaces(candidatesOf('New York Stock Exchange Opens Early'))).not.toContain('New York Stock Exchange');
    expect(surfaces(candidatesOf('By Mark Cina LOS ANGELES studios reported losses.')).some((s) => s.split(' ').length > 3)).toBe(false);
    expect(surfaces(candidatesOf('Farmers asked the USDA Drought Task Force for help.'))).toContain('USDA Drought Task Force');
  });

  it('takes no verb of a Title Case line into a phrase, also one the lexicon lists as a noun first', () => {
    const found = surfaces(candidatesOf('Investors Fear Recession. Stocks Rally As Fed Holds Rates. Oil Prices Rise After Storm.'));
    expect(found).toEqual(expect.arrayContaining(['Investors', 'Recession', 'Stocks', 'Fed', 'Rates', 'Oil Prices', 'Storm']));
    expect(found.some((s) => /Fear|Rally|Holds|Rise/.test(s))).toBe(false);
  });

  it('ends a phrase at a modal verb ("May" before a verb), as at any verb, and keeps the name (the month is a date, no candidate)', () => {
    const english = { ...tokenizer, modals: modalsFor({ stopwords: { newsWords: true, extra: [] } }, 'en') };
    const { sentences } = tokenizeArticle(article('Stocks May Fall Again. Stocks may fall as oil prices may rise. Theresa May spoke in May.'), english);
    const found = surfaces(keyphraseCandidates(sentences, { title: null, singleWords: false }).phrases);
    expect(found).toEqual(expect.arrayContaining(['Stocks', 'oil prices', 'Theresa May']));
    expect(found.filter((phrase) => /may/i.test(phrase) && phrase !== 'Theresa May')).toEqual([]);
  });

  it('takes no picture credit into a phrase: a credit glued to a caption\'s name ends the name', () => {
    const found = surfaces(candidatesOf('Getty Images Stefano Gabbana smiled. Stefano Gabbana AP Photo walked. AFP PHOTO Domenico Dolce left. Shutterstock Donatella Versace arrived.'));
    expect(found).toEqual(expect.arrayContaining(['Stefano Gabbana', 'Domenico Dolce', 'Donatella Versace']));
    expect(found.some((s) => /Getty|Images|AP|Photo|PHOTO|AFP|Shutterstock/.test(s))).toBe(false);
    // A bare agency name is a name's part, and the photo of running text a noun.
    expect(surfaces(candidatesOf('Thomson Reuters data and a Reuters Media Summit. The photo of Getty Museum.'))).toEqual(
      expect.arrayContaining(['Thomson Reuters data', 'Reuters Media Summit', 'photo', 'Getty Museum']),
    );
  });

  it('takes the person of a long title and name ("Syrian President Bashar Assad")', () => {
    const found = surfaces(candidatesOf('Syrian President Bashar Assad spoke. Chief Executive Steve Jobs spoke too.'));
    expect(found).toEqual(expect.arrayContaining(['Bashar Assad', 'Steve Jobs']));
    const more = surfaces(candidatesOf('Chief Justice John Roberts spoke. Chief Economist Jan Hatzius agreed. Senate Majority Leader Harry Reid left.'));
    expect(more).toEqual(expect.arrayContaining(['John Roberts', 'Jan Hatzius', 'Harry Reid']));
    expect(found.some((s) => s.includes('President') || s.includes('Chief'))).toBe(false);
  });

  it('keeps a name whole across an initial or a name abbreviation, with its dots ("Mary T. Olsen", "Wm. Wrigley Jr. Co", "St. Paul")', () => {
    const found = surfaces(candidatesOf('Springfield County Fire Chief Mary T. Olsen retired. Shares of Wm. Wrigley Jr. Co. rose. She moved to St. Paul and read H. G. Wells daily.'));
    expect(found).toEqual(expect.arrayContaining(['Mary T. Olsen', 'Wm. Wrigley Jr. Co', 'St. Paul', 'H. G. Wells']));
    expect(found.filter((s) => /^(?:Wm|Wrigley Jr|St|Paul|G|Wells|Springfield County Fire Chief Mary)$/.test(s))).toEqual([]);
  });

  it('writes an initial in its name but keys and scores the name without it ("Daryl F. Gates" is "Daryl Gates")', () => {
    const candidates = allCandidatesOf('Chief Daryl F. Gates spoke. Daryl Gates left. Then Daryl F. Gates returned.', null, true);
    const names = candidates.phrases.filter((c) => c.surface.includes('Daryl'));
    expect(names.map((c) => [c.surface, c.stems, c.count])).toEqual([['Daryl F. Gates', ['daryl', 'gate'], 3]]);
    expect(candidates.words.some((c) => c.stems[0] === 'f')).toBe(false);
  });

  it('ends a name before an adjective after its abbreviation\'s dot ("the St. Louis-based analyst"), where the run breaks', () => {
    const found = surfaces(candidatesOf('Shares fell, the St. Louis-based analyst said. Gov. Adams-led talks stalled.'));
    expect(found.some((s) => s.endsWith('analyst'))).toBe(true);
    expect(found.some((s) => /\.$/.test(s))).toBe(false);
  });

  it('still ends a name at a sentence end or other punctuation after an initial or abbreviation', () => {
    const found = surfaces(candidatesOf('The prize went to Tom Smith Jr. The jury chose Plan B, Congress agreed. He backed Plan B; Senate leaders balked. Plan B. The board agreed.'));
    expect(found).toEqual(expect.arrayContaining(['Tom Smith Jr', 'jury', 'Plan', 'Congress', 'Senate leaders']));
    expect(found.some((s) => /Jr\.? jury|B\.? (?:Congress|Senate)|\bB$/i.test(s))).toBe(false);
  });

  it('takes the name that ends a longer noun run ("chewing gum maker Wm. Wrigley Jr. Co"), and the person of a title in it', () => {
    const found = surfaces(candidatesOf('Shares of chewing gum maker Wm. Wrigley Jr. Co rose. The veteran toy store owner Anna K. Berglund retired. The city welcomed former Harbor Police Chief Tomas Vidal back.'));
    expect(found).toEqual(expect.arrayContaining(['Wm. Wrigley Jr. Co', 'Anna K. Berglund', 'Tomas Vidal']));
    // A long name without a lowercase word before it still gives no cut of its own.
    expect(surfaces(candidatesOf('The Federal Reserve Bank Open Market Committee met.')).some((s) => s.includes('Committee'))).toBe(false);
  });

  it('does not join a sentence to a letter whose dot ends the one before ("vitamin C. Researchers")', () => {
    const found = surfaces(candidatesOf('Patients took vitamin C. Researchers found fewer colds. The firm named it Plan B. Officials approved it.'));
    expect(found).toEqual(expect.arrayContaining(['Researchers', 'Officials']));
    expect(found.some((s) => /C\. Researchers|B\. Officials/.test(s))).toBe(false);
    expect(surfaces(candidatesOf('Later, Ruth M. Calloway testified.'))).toContain('Ruth M. Calloway');
  });

  it('keeps a title word that starts a company\'s name ("Executive Jet Aviation Corp")', () => {
    const found = surfaces(candidatesOf('Executive Jet Aviation Corp. said it would buy planes. Chancellor Capital Management Inc sold shares. Chief Executive Steve Jobs spoke.'));
    expect(found).toEqual(expect.arrayContaining(['Executive Jet Aviation Corp', 'Chancellor Capital Management Inc', 'Steve Jobs']));
    expect(found).not.toContain('Jet Aviation Corp');
  });

  it('scores a company without its legal form ("Harlow Foods Inc" as "Harlow Foods") and counts the name said alone as its mentions', () => {
    const body = 'Snack maker Harlow Foods Inc said on Monday it would close a plant. Workers at Harlow Foods lost jobs. Harlow Foods shares fell. Brandt Ltd rose.';
    const phrases = candidatesOf(body);
    const company = phrases.find((c) => c.key === 'harlow food inc')!;
    expect([company.surface, company.count, company.firstPosition]).toEqual(['Harlow Foods Inc', 2, 2]);
    expect(company.wordScores[2]).toBe(0);
    expect(surfaces(phrases)).toEqual(expect.arrayContaining(['Harlow Foods shares', 'Brandt Ltd']));
    expect(surfaces(phrases)).not.toContain('Harlow Foods');
    expect(phrases.find((c) => c.surface === 'Brandt Ltd')!.wordScores[1]).toBe(0);
    // A lowercase "company" is a word of its phrase.
    expect(candidatesOf('The oil company said it would drill.').find((c) => c.surface === 'oil company')!.wordScores[1]).toBeGreaterThan(0);
  });

  it('lists a company once, and then other phrases with its name ("Calpine shares")', () => {
    const body = 'Power company Calpine Corp said on Tuesday its value fell. Calpine said creditors would recover most claims. Calpine expects to leave bankruptcy. Traders sold Calpine. Later, Calpine shares rose.';
    const listed = rankKeyphrases(allCandidatesOf(body, null, true), corpusOf(body, 'The weather was fine.'), { limit: 10, singleWordWeight: 0.3 }).map((k) => k.keyphrase);
    expect(listed.filter((k) => /^Calpine( Corp)?$/.test(k))).toEqual(['Calpine Corp']);
    expect(listed).toContain('Calpine shares');
  });

  it('takes a title\'s ending ("General", "Elect") for part of the title, not of the person', () => {
    const found = surfaces(candidatesOf('U.S. Attorney General Eric Holder spoke. UN Secretary-General Ban Ki-moon spoke. President Elect Barack Obama spoke too.'));
    expect(found).toEqual(expect.arrayContaining(['Eric Holder', 'Ban Ki-moon', 'Barack Obama']));
    expect(found.some((s) => /General|Elect/.test(s))).toBe(false);
  });

  it('gives no phrase over 3 words unless it is a capitalised name of at most 5', () => {
    const vocabulary = ['Stock', 'Exchange', 'New', 'York', 'oil', 'company', 'pension', 'fund', 'Bank', 'Committee', 'central', 'bank', 'NYSE', 'U.S.'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), (runs) => {
        const body = runs.map((run) => `Traders said ${run.join(' ')} sold bonds.`).join(' ');
        for (const phrase of surfaces(candidatesOf(body))) {
          const words = phrase.split(' ');
          if (words.length <= 3) continue;
          expect(words.length).toBeLessThanOrEqual(5);
          expect(words.every((w) => /^\p{Lu}/u.test(w))).toBe(true);
        }
      }),
    );
  });

  it('reads a sentence of many long names a bounded number of times per token (no pass over the sentence per name)', () => {
    const readsPerToken = (names: number): number => {
      const body = Array.from({ length: names }, () => 'Alpha Beta Gamma Delta').join(' and ') + ' officials rose.';
      let reads = 0;
      const counted = <T extends object>(tokens: T): T => new Proxy(tokens, { get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)) });
      const { sentences } = tokenizeArticle(article(body), tokenizer);
      const found = keyphraseCandidates(sentences.map((s) => ({ ...s, tokens: counted(s.tokens) })), { title: null, singleWords: false });
      expect(surfaces(found.phrases)).toContain('Alpha Beta Gamma Delta');
      return reads / sentences.reduce((sum, s) => sum + s.tokens.length, 0);
    };
    expect(readsPerToken(1000)).toBeLessThan(2 * readsPerToken(100));
  });

  it('gives every word a graph score and counts every occurrence', () => {
    const candidates = candidatesOf(MAJOR);
    const minister = candidates.find((c) => c.key === 'minist')!;
    expect(minister.count).toBe(3);
    for (const c of candidates) expect(c.wordScores.every((s) => s > 0)).toBe(true);
  });
});

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

  it('ranks the same with specificities kept from other articles as with its own', () => {
    const options = { limit: 10, singleWordWeight: 0.5 };
    const kept = new Map<string, number>();
    const articles = [allCandidatesOf(MAJOR, 'Major resigns', true), allCandidatesOf('Finance ministers met in Brussels. The weather in Brussels was fine for the ministers.', null, true), allCandidatesOf(MAJOR, null, true)];
    const withKept = articles.map((candidates) => rankKeyphrases(candidates, stats, options, DEFAULT_WEIGHTS, kept));
    expect(kept.size).toBeGreaterThan(0);
    expect(withKept).toEqual(articles.map((candidates) => rankKeyphrases(candidates, stats, options)));
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
    expect(withoutBackground.map((k) => k.keyphrase)).not.toContain('glacier');
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

describe('keyphrase surface forms', () => {
  it('reports the most frequent form, and on a tie the one not in headline capitals', () => {
    const found = surfaces(candidatesOf('US INSURERS expect losses. US insurers raised premiums. Storm losses grew.'));
    expect(found).toContain('US insurers');
    expect(found).not.toContain('US INSURERS');
  });

  it('reports a later form when it is more frequent than the first one seen', () => {
    // Even in capitals: the tie rule applies to equal counts only.
    const found = surfaces(candidatesOf('Storm losses grew. Then STORM LOSSES rose. Then STORM LOSSES fell.'));
    expect(found).toContain('STORM LOSSES');
    expect(found).not.toContain('Storm losses');
  });
});

describe('single words (keyphrases.singleWordWeight)', () => {
  const WEDDING = [
    'Canadian pop star Michael Buble married Argentine actress Luisana Lopilato in a civil ceremony.',
    'Buble kissed his bride after the ceremony, and fans cheered.',
    'Lopilato tossed a bouquet to the fans. Buble married in Buenos Aires.',
  ].join(' ');
  const stats = corpusOf(WEDDING, 'The weather was fine in Brussels.', 'Finance ministers met.');

  it('collects verbs and the words of noun runs, even runs too long to be phrases, as single words only when asked', () => {
    const { phrases, words } = allCandidatesOf(WEDDING, null, true);
    expect(surfaces(words)).toEqual(expect.arrayContaining(['married', 'tossed', 'Buble', 'ceremony', 'bride', 'Lopilato', 'Canadian']));
    expect(surfaces(phrases).some((s) => s.includes('Canadian'))).toBe(false);
    expect(words.find((w) => w.surface === 'Buble')?.count).toBe(3);
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

  it('for any weight and length: at most `limit` distinct keyphrases, ranked 1..n with falling scores', () => {
    const candidates = allCandidatesOf(`${MAJOR} ${WEDDING}`, null, true);
    const both = corpusOf(MAJOR, WEDDING);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 10, noNaN: true }), (limit, singleWordWeight) => {
        const ranked = rankKeyphrases(candidates, both, { limit, singleWordWeight });
        expect(ranked.length).toBeLessThanOrEqual(limit);
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
    expect(evidence('Lopilato')).toMatchObject({ capitalised: true, short: false });
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

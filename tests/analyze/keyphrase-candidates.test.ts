import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyphraseCandidates, rankKeyphrases } from '../../src/analyze/keyphrases.js';
import { modalsFor } from '../../src/text/language.js';
import { tokenizeArticle } from '../../src/text/tokenize.js';
import { allCandidatesOf, article, candidatesOf, corpusOf, MAJOR, surfaces, tokenizer } from './keyphrase-helpers.js';

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
    expect(surfaces(candidatesOf('By Dana Royce LOS ANGELES studios reported losses.')).some((s) => s.split(' ').length > 3)).toBe(false);
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

  it('takes no contraction into a phrase or as a single word, also when the stopwords lack it (stopwords.newsWords: false)', () => {
    // The helpers' tokenizer has the package's English list alone: no contraction is a stopword there.
    const body = "They're sure the mayor won't sign. Budget talks can't wait, and it isn't over. Voters could've known; we'll see. You’d agree. I'm told the plan doesn't work.";
    const { phrases, words } = allCandidatesOf(body, null, true);
    const found = [...surfaces(phrases), ...words.map((word) => word.surface)];
    expect(found).toEqual(expect.arrayContaining(['mayor', 'Budget talks', 'Voters', 'plan']));
    expect(found.filter((surface) => /['’]/.test(surface))).toEqual([]);
    // Read as a modal, "won't" makes the word after it a verb, no noun phrase.
    expect(surfaces(phrases)).not.toContain('sign');
    // A name with an apostrophe is no contraction.
    expect(surfaces(candidatesOf("Shares of O'Reilly rose. Mr. D'Souza met Tim O'Dell."))).toEqual(expect.arrayContaining(["O'Reilly", "D'Souza", "Tim O'Dell"]));
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
    const found = surfaces(candidatesOf('The prize went to Tom Welby Jr. The jury chose Plan B, Congress agreed. He backed Plan B; Senate leaders balked. Plan B. The board agreed.'));
    expect(found).toEqual(expect.arrayContaining(['Tom Welby Jr', 'jury', 'Plan', 'Congress', 'Senate leaders']));
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

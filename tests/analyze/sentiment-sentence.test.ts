// A sentence's score: the rules applied to its words (sentiment-modifiers.ts), "!", context valences, drivers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RULES, LEARNED_LEXICON, listedDrivers, PUBLISHED_LEXICON, scoreArticle, type SentimentRules } from '../../src/analyze/sentiment.js';
import { LENGTH_REFERENCE, lengthWeight, normalise } from '../../src/analyze/sentiment-rules.js';
import { MIN_NAMED_VALENCE, OTHER_WORDS, scoreSentence } from '../../src/analyze/sentiment-sentence.js';
import { sentimentLexicon } from '../../src/analyze/sentiment-words.js';
import { contributionOf, LEXICONS_ONLY, score, sentence, thresholds } from './sentiment-helpers.js';

describe('scoreSentence', () => {
  it('reads the lexicon: praise is positive, blame negative, plain facts neutral', () => {
    expect(score('The new library is a wonderful success.')).toBeGreaterThan(0.05);
    expect(score('The council made a terrible, costly mistake.')).toBeLessThan(-0.05);
    const fact = scoreSentence(sentence('The meeting starts on Tuesday at the town hall.'), thresholds, DEFAULT_RULES, LEXICONS_ONLY);
    expect(fact.sentiment).toBe(0);
    expect(fact.label).toBe('neutral');
    expect(fact.drivers).toEqual([]);
  });

  it('reads "No." before a number as the number sign, neither negative nor a negator', () => {
    expect(contributionOf('It was No. 5 on the list.', 'No')).toBe(0);
    expect(contributionOf('No 10 said the plan was good.', 'No')).toBe(0);
    expect(contributionOf('No. 1 seed wins.', 'wins')).toBeCloseTo(contributionOf('The seed wins.', 'wins'));
    // The word and the negator still count where they are ones.
    expect(contributionOf('There is no hope.', 'no')).toBeLessThan(0);
    expect(contributionOf('There were no 10-year bonds to sell, good or bad.', 'no')).toBeLessThan(0);
  });

  it('negates to the end of the clause, including contracted forms', () => {
    const plain = contributionOf('The plan is good for the city.', 'good');
    for (const negated of ["The plan isn't good for the city.", 'The plan isn’t good for the city.', "The plan wasn't good for the city.", 'The plan is not good for the city.']) {
      expect(contributionOf(negated, 'good')).toBeLessThan(plain);
      expect(score(negated)).toBeLessThan(0.05);
    }
    // "not ... really ... good" is still in scope; after a comma the next clause is not.
    expect(contributionOf("It wasn't, as the mayor said, really a good year.", 'good')).toBeCloseTo(contributionOf('It was, as the mayor said, really a good year.', 'good'));
    expect(contributionOf('It was not in any sense a good year.', 'good')).toBeLessThan(contributionOf('It was in any sense a good year.', 'good'));
    // "not only" adds rather than negates.
    expect(contributionOf('The plan is not only cheap but good.', 'good')).toBeGreaterThan(0);
  });

  it('weights the clause after "but" above the clause before it', () => {
    // length 0: the sentences compared differ in length.
    const rules = { ...DEFAULT_RULES, contrast: 0.5, length: 0 };
    expect(contributionOf('The staff were friendly, but the food was awful.', 'friendly', rules)).toBeCloseTo(
      contributionOf('The staff were friendly.', 'friendly', rules) * 0.5,
    );
    expect(score('The staff were friendly, but the food was awful.')).toBeLessThan(0);
    expect(score('The food was awful, but the staff were wonderful.')).toBeGreaterThan(score('The food was awful, and the staff were wonderful.'));
  });

  it('strengthens words after intensifiers and weakens them after diminishers', () => {
    const base = Math.abs(contributionOf('The result was bad.', 'bad'));
    expect(Math.abs(contributionOf('The result was very bad.', 'bad'))).toBeGreaterThan(base);
    expect(Math.abs(contributionOf('The result was extremely bad.', 'bad'))).toBeGreaterThan(base);
    expect(Math.abs(contributionOf('The result was slightly bad.', 'bad'))).toBeLessThan(base);
  });

  it('reads a "!" inside brackets as part of a name or an aside, not as the sentence\'s emphasis', () => {
    expect(score('TOKYO (Reuters Life!) - Shares rallied strongly.')).toBeCloseTo(score('TOKYO (Reuters Life) - Shares rallied strongly.'));
    expect(score('Shares rallied strongly!')).toBeGreaterThan(score('Shares rallied strongly.'));
  });

  it('discounts hedged claims and emphasises capitals and exclamation marks', () => {
    expect(Math.abs(score('The policy may be a disaster.'))).toBeLessThan(Math.abs(score('The policy is a disaster.')));
    expect(score('The policy is a DISASTER.')).toBeLessThan(score('The policy is a disaster.'));
    expect(score('The policy is a disaster!')).toBeLessThan(score('The policy is a disaster.'));
    // A headline in capitals throughout is not shouting.
    expect(score('THE POLICY IS A DISASTER')).toBeCloseTo(score('The policy is a disaster'));
  });

  it('reads event words as the topic next to evaluative words, and as the news when alone', () => {
    const rules = { ...DEFAULT_RULES, event: 0.5, length: 0 };
    const alone = contributionOf('Three people died in the flood on Sunday.', 'died', rules);
    const withOpinion = contributionOf('Three people died in the flood, a shameful failure of planning.', 'died', rules);
    expect(alone).toBeLessThan(0);
    expect(withOpinion).toBeCloseTo(alone * 0.5);
  });

  it('gives event words their full weight in a headline, whose words are the event\'s, not the writer\'s', () => {
    const rules = { ...DEFAULT_RULES, event: 0.5, headlineEvent: 1, length: 0 };
    const inHeadline = contributionOf('Brave rescuers pull victims from deadly flood', 'victims', rules);
    const inSentence = contributionOf('Brave rescuers pull victims from deadly flood.', 'victims', rules);
    expect(inSentence).toBeLessThan(0);
    expect(inHeadline).toBeCloseTo(inSentence / 0.5);
    // Equal to `event`, the rule is off: a headline reads as any sentence.
    expect(contributionOf('Brave rescuers pull victims from deadly flood', 'victims', { ...rules, headlineEvent: 0.5 })).toBeCloseTo(inSentence);
  });

  it('looks up inflections the lexicons lack by their stem, but not short words', () => {
    expect(contributionOf('The rules complicates matters.', 'complicates')).toBeLessThan(0);
    expect(score('They told us about the US plan.')).toBe(0);
  });

  it('meets the verb of an -ed/-ing form with a doubled consonant, at the inflection weight', () => {
    const valences = new Map([['slam', -2], ['kill', -3]]);
    const lexicon = sentimentLexicon(valences, new Set(), new Map(), new Map());
    const rules = { ...DEFAULT_RULES, inflection: 0.5 };
    expect(contributionOf('Critics slammed the plan.', 'slammed', rules, lexicon)).toBeCloseTo(-2 * 0.5);
    expect(contributionOf('Critics are slamming the plan.', 'slamming', rules, lexicon)).toBeCloseTo(-2 * 0.5);
    expect(contributionOf('The storm killed cattle.', 'killed', rules, lexicon)).toBeCloseTo(-3 * 0.5);
  });

  it('does not read a final d or the s of -ss/-us/-is as an ending, and gives a word without an ending no fallback', () => {
    const valences = new Map([['fun', 2], ['god', 1], ['harried', -1], ['dud', -1], ['longing', -1], ['wins', 2], ['complicated', -1]]);
    const lexicon = sentimentLexicon(valences, new Set(), new Map(), new Map());
    const none = [['The fund grew.', 'fund'], ['Prices are going up.', 'going'], ['Harris spoke.', 'Harris'], ['A dude spoke.', 'dude'], ['A long day.', 'long'], ['Red wine.', 'wine']];
    for (const [text, word] of none) expect(contributionOf(text!, word!, DEFAULT_RULES, lexicon)).toBe(0);
    expect(contributionOf('Rules complicates matters.', 'complicates', DEFAULT_RULES, lexicon)).toBeLessThan(0);
  });

  it('reads no verb in a participle used as a preposition: "excluding items" is no exclusion', () => {
    const driversOf = (text: string) => scoreSentence(sentence(text), thresholds).drivers.map((d) => d.word);
    expect(driversOf('Profit excluding items rose to $2 billion.')).not.toContain('excluding');
    const storm = scoreSentence(sentence('Sales excluding exports fell after the terrible storm.'), thresholds);
    expect(storm.drivers.map((d) => d.word)).not.toContain('excluding');
    expect(storm.drivers.find((d) => d.word === 'terrible')?.contribution).toBeLessThan(0);
    // Its verb's other forms still read as the verb.
    expect(contributionOf('The club excludes women.', 'excludes')).toBeLessThan(0);
  });

  it('turns a sentiment word around a few words after a reversing verb, in its clause', () => {
    const rules = { ...DEFAULT_RULES, reversal: -0.5, length: 0 };
    const plain = contributionOf('The heart attack risk is high.', 'risk', rules);
    expect(plain).toBeLessThan(0);
    expect(contributionOf('Exercise reduces the heart attack risk.', 'risk', rules)).toBeCloseTo(-0.5 * plain * rules.positive);
    expect(contributionOf('Exercise reduces costs; the risk is high.', 'risk', rules)).toBeCloseTo(plain);
    expect(contributionOf('Exercise reduces costs for the young and the old and the risk is high.', 'risk', rules)).toBeCloseTo(plain);
  });

  it('composes a verb of falling or rising with its subject: a fall of something bad is good news', () => {
    const valences = new Map([['deaths', -2], ['hopes', 2], ['support', 2], ['war', -2], ['fell', -1], ['faded', -1], ['rose', 1], ['ease', 1.5], ['great', 2], ['welcome', 2], ['good', 2], ['stocks', 0]]);
    const lexicon = sentimentLexicon(valences, new Set(), new Map(), new Map());
    const rules = { ...DEFAULT_RULES, length: 0, event: 1, positive: 1 };
    const of = (text: string, word: string) => contributionOf(text, word, rules, lexicon);
    const deaths = of('Deaths were counted.', 'Deaths');
    expect(deaths).toBeLessThan(0);
    expect(of('Deaths fell.', 'Deaths')).toBeCloseTo(-deaths);
    expect(of('Deaths fell.', 'fell')).toBe(0);
    expect(of('Deaths rose.', 'Deaths')).toBeCloseTo(deaths);
    expect(of('Deaths rose.', 'rose')).toBe(0);
    expect(of('Hopes faded.', 'Hopes')).toBeLessThan(0);
    expect(of('The number of deaths fell.', 'deaths')).toBeGreaterThan(0);
    // No sentiment word before it: the verb counts as before.
    expect(of('Stocks fell.', 'fell')).toBeLessThan(0);
    // Negated, transitive, or a noun: nothing composed.
    expect(of('Deaths did not fall.', 'Deaths')).toBeCloseTo(deaths);
    expect(of('A good judge dropped the charges.', 'good')).toBeGreaterThan(0);
    expect(of('They did it with great ease.', 'great')).toBeGreaterThan(0);
    expect(of('A welcome drop in prices.', 'welcome')).toBeGreaterThan(0);
    // A base form is a verb after a plural or a modal.
    expect(of('Deaths fall.', 'Deaths')).toBeGreaterThan(0);
    expect(of('The war could ease.', 'war')).toBeGreaterThan(0);
    // An -ing form is a verb after "be", elsewhere an adjective.
    expect(of('Deaths are falling.', 'Deaths')).toBeGreaterThan(0);
    expect(of('Good falling stars.', 'Good')).toBeGreaterThan(0);
    // What a preposition other than "of" leads to is not the subject.
    expect(of('Support for the war fell.', 'Support')).toBeLessThan(0);
    expect(of('Support for the war fell.', 'war')).toBeCloseTo(of('Support for the war held.', 'war'));
    expect(of('Deaths in the city fell.', 'Deaths')).toBeGreaterThan(0);
    // The subject is the word before the verb, past auxiliaries; not its modifiers.
    expect(of('Deaths have also fallen.', 'Deaths')).toBeGreaterThan(0);
    expect(of('The good deaths fell.', 'good')).toBeGreaterThan(0);
    expect(of('The good deaths fell.', 'deaths')).toBeGreaterThan(0);
    expect(of('Deaths of good men, they said, fell.', 'Deaths')).toBeLessThan(0);
    expect(of('Deaths are expected to fall.', 'Deaths')).toBeLessThan(0);
    // An infinitive after the verb: not a change ("declined to comment").
    expect(of('Hopes declined to comment.', 'Hopes')).toBeGreaterThan(0);
    expect(of('Deaths fell to 12.', 'Deaths')).toBeGreaterThan(0);
    // A guessed valence (a name's, a modifier's) is no subject's tone.
    const guessed = sentimentLexicon(valences, new Set(), new Map([['kia', -1.5]]), new Map());
    expect(contributionOf('Kia fell.', 'Kia', rules, guessed)).toBeLessThan(0);
    expect(contributionOf('Kia fell.', 'fell', rules, guessed)).toBeLessThan(0);
    const learned = sentimentLexicon(valences, new Set(['deaths']), new Map(), new Map());
    expect(contributionOf('Deaths fell.', 'Deaths', rules, learned)).toBeLessThan(0);
  });

  it('reads a hyphenated word the lexicons lack as its strongest part, at the weight of a guess', () => {
    const rules = { ...DEFAULT_RULES, length: 0 };
    const awful = contributionOf('It was an awful song.', 'awful', rules);
    expect(awful).toBeLessThan(0);
    expect(contributionOf('It was a god-awful song.', 'god-awful', rules)).toBeCloseTo(rules.inflection * awful);
    // An event word's part makes the compound one: damped next to the writer's own words.
    const torn = (event: number) => contributionOf('A terrible, war-torn town.', 'war-torn', { ...rules, event });
    expect(torn(1)).toBeLessThan(0);
    expect(torn(0.5)).toBeCloseTo(0.5 * torn(1));
    // A prefix or a part that turns the meaning: no guess.
    for (const [text, word] of [['They agreed to a cease-fire.', 'cease-fire'], ['An anti-war march.', 'anti-war'], ['A non-violent march.', 'non-violent']]) {
      expect(contributionOf(text!, word!, rules)).toBe(0);
    }
  });

  it('turns bad news around after a rescue or protection verb, not after the adjective "free"', () => {
    const rules = { ...DEFAULT_RULES, reversal: 0, length: 0 };
    expect(contributionOf('The firm faced bankruptcy.', 'bankruptcy', rules)).toBeLessThan(0);
    for (const text of ['The loan saved the firm from bankruptcy.', 'The rules protect savers from bankruptcy.', 'The deal averted bankruptcy.']) {
      expect(contributionOf(text, 'bankruptcy', rules)).toBe(0);
    }
    expect(contributionOf('Crowds hailed free and fair elections.', 'fair', rules)).toBeGreaterThan(0);
  });

  it('discounts capitalised words inside running text (names), not in title-case headlines', () => {
    const rules = { ...DEFAULT_RULES, name: 0.5 };
    expect(contributionOf('He met Dick Hallam in the studio.', 'Dick', rules)).toBeCloseTo(0.5 * contributionOf('He met a dick in the studio.', 'dick', rules));
    expect(contributionOf('Bomb Kills Dozens In Crowded Market', 'Kills', rules)).toBeCloseTo(contributionOf('Bomb kills dozens in crowded market', 'kills', rules));
    expect(contributionOf('Terrible weather closed the roads.', 'Terrible', rules)).toBeCloseTo(contributionOf('The terrible weather closed the roads.', 'terrible', rules));
  });

  it('damps every word of a sentence longer than the reference length, and no word of a short one', () => {
    const short = 'The plan is a terrible mistake.';
    const long = 'The plan that the council adopted on Tuesday after a long night of debate is a terrible mistake.';
    const words = long.split(' ').length;
    expect(words).toBeGreaterThan(LENGTH_REFERENCE);
    expect(contributionOf(short, 'terrible')).toBeCloseTo(contributionOf(short, 'terrible', { ...DEFAULT_RULES, length: 0 }));
    expect(contributionOf(long, 'terrible')).toBeCloseTo((LENGTH_REFERENCE / words) ** DEFAULT_RULES.length * contributionOf(long, 'terrible', { ...DEFAULT_RULES, length: 0 }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (a, b) => {
        const [fewer, more] = a < b ? [a, b] : [b, a];
        expect(lengthWeight(more, DEFAULT_RULES)).toBeLessThanOrEqual(lengthWeight(fewer, DEFAULT_RULES));
        expect(lengthWeight(fewer, DEFAULT_RULES)).toBeGreaterThan(0);
        expect(lengthWeight(more, { ...DEFAULT_RULES, length: 0 })).toBe(1);
      }),
    );
  });

  it('reads news terms as terms, not praise', () => {
    expect(score('Interest rates in the United States held as the party met.')).toBe(0);
    expect(score('Interest rates in the United States held as the party met.', { ...DEFAULT_RULES, newsTerm: 1 })).toBeGreaterThan(0);
  });

  it('reads "crude" as oil and "gross" as a measure before money or output, and "gross" as a judgement elsewhere', () => {
    expect(contributionOf('Crude oil prices held steady.', 'Crude')).toBe(0);
    expect(contributionOf('Gross domestic product grew.', 'Gross')).toBe(0);
    expect(contributionOf('The gross margin held.', 'gross')).toBe(0);
    expect(contributionOf('These are gross violations.', 'gross')).toBeLessThan(0);
    // Only the next word of its clause: "gross, revenue" is no measure.
    expect(contributionOf('It was gross, revenue aside.', 'gross')).toBeLessThan(0);
  });

  it('reads "won" after an amount as Korea\'s currency, and as a victory elsewhere', () => {
    expect(contributionOf('The fund will give 100 billion won to charity.', 'won')).toBe(0);
    expect(contributionOf('Its shares rose to 74,900 won.', 'won')).toBe(0);
    expect(contributionOf('The rate was 947.0 won to the dollar.', 'won')).toBe(0);
    expect(contributionOf('The team won the cup.', 'won')).toBeGreaterThan(0);
    // A whole number may end a name.
    expect(contributionOf('Measure 48 won a majority.', 'won')).toBeGreaterThan(0);
    // Only the word before in its clause: "a billion, won" is no amount.
    expect(contributionOf('They spent a billion, won nothing.', 'won')).toBeGreaterThan(0);
  });

  it("reads no sentiment in a wire story's credit line, alone or closing a sentence", () => {
    for (const text of ['(Reporting by Mary Good; Editing by Tom Best)', '(Additional reporting by Hope Glory and Joy Bright)', '(With additional reporting by Ann Angel; writing by Dan Fine)']) {
      const scored = scoreSentence(sentence(text), thresholds, DEFAULT_RULES, LEARNED_LEXICON);
      expect([scored.sentiment, scored.label, scored.drivers], text).toEqual([0, 'neutral', []]);
    }
    const closed = 'Sales rose 5 percent on strong demand. (Additional reporting by Hope Glory)';
    const scored = scoreSentence(sentence(closed), thresholds, DEFAULT_RULES, LEARNED_LEXICON);
    expect(scored.sentiment).toBe(scoreSentence(sentence('Sales rose 5 percent on strong demand.'), thresholds, DEFAULT_RULES, LEARNED_LEXICON).sentiment);
    expect(scored.drivers.map((d) => d.word)).not.toContain('Hope');
    // Reporting by someone inside a clause is no credit line.
    expect(scoreSentence(sentence('The scandal grew after reporting by a local paper.'), thresholds, DEFAULT_RULES, LEARNED_LEXICON).sentiment).not.toBe(0);
  });

  it('has drivers that add up to the raw score the sentence score comes from, with either lexicon', () => {
    const texts = ['The staff were friendly, but the food was awful!', "It isn't a good plan, and it is VERY costly.", 'Prices rose.'];
    for (const [text, lexicon] of texts.flatMap((t) => [PUBLISHED_LEXICON, LEARNED_LEXICON].map((l) => [t, l] as const))) {
      const scored = scoreSentence(sentence(text), thresholds, DEFAULT_RULES, lexicon);
      const raw = scored.drivers.reduce((sum, d) => sum + d.contribution, 0);
      expect(scored.sentiment).toBeCloseTo(normalise(raw, DEFAULT_RULES.alpha), 10);
      const magnitudes = scored.drivers.map((d) => Math.abs(d.contribution));
      expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    }
  });

  it('stays within -1..1 for any text', () => {
    const words = ['good', 'bad', 'not', "isn't", 'but', 'very', 'WAR', 'died', 'may', 'great', 'awful', 'the', 'plan', '!', ',', 'slightly'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 200 }), (list) => {
        const text = list.join(' ');
        const article = scoreArticle([sentence(text), sentence(`${text}!!!`, 1)], thresholds);
        for (const s of [...article.sentences, article]) {
          expect(s.sentiment).toBeGreaterThanOrEqual(-1);
          expect(s.sentiment).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('context valences', () => {
  const context = new Map([['seized', -0.2], ['journalist', -0.1], ['good', 0.1], ['gaza', 0]]);
  const lexicon = sentimentLexicon(PUBLISHED_LEXICON.valences, new Set(), new Map(), context);
  const scored = (text: string, rules: SentimentRules = DEFAULT_RULES) => scoreSentence(sentence(text), thresholds, rules, lexicon);

  it('move the sentence score by the mean context valence of its content words', () => {
    // Both sentences are short: their context counts DEFAULT_RULES.shortContext times.
    const short = DEFAULT_RULES.shortContext;
    expect(scored('Journalist seized in Gaza.').sentiment).toBeCloseTo((short * (-0.2 - 0.1 + 0)) / 3, 10);
    const plain = scoreSentence(sentence('The plan is good.'), thresholds, DEFAULT_RULES, LEXICONS_ONLY).sentiment;
    expect(scored('The plan is good.').sentiment).toBeCloseTo(plain + short * 0.1, 10);
    expect(scored('The plan is good.', { ...DEFAULT_RULES, context: 0 }).sentiment).toBe(plain);
  });

  it('count in a long sentence as much more as its lexicon words are damped for its length', () => {
    // Two words with context valences, mean -0.15, in a sentence longer than the reference length.
    const text = 'On that grey morning the local journalist was seized in the centre of town today.';
    const words = sentence(text).tokens.length;
    expect(words).toBeGreaterThan(LENGTH_REFERENCE);
    const moved = (rules: SentimentRules) => scored(text, rules).sentiment - scored(text, { ...rules, context: 0 }).sentiment;
    expect(moved(DEFAULT_RULES)).toBeCloseTo(-0.15 / lengthWeight(words, DEFAULT_RULES), 10);
    expect(lengthWeight(words, DEFAULT_RULES)).toBeLessThan(1);
    // Without length damping neither term is scaled.
    expect(moved({ ...DEFAULT_RULES, length: 0 })).toBeCloseTo(-0.15, 10);
  });

  it('count in a short sentence times rules.shortContext, in a long one as before', () => {
    const moved = (text: string, shortContext: number) =>
      scored(text, { ...DEFAULT_RULES, shortContext }).sentiment - scored(text, { ...DEFAULT_RULES, context: 0 }).sentiment;
    expect(moved('Journalist seized in Gaza.', 1.5)).toBeCloseTo(1.5 * ((-0.2 - 0.1 + 0) / 3), 10);
    expect(moved('Journalist seized in Gaza.', 0.5)).toBeCloseTo(0.5 * ((-0.2 - 0.1 + 0) / 3), 10);
    const long = 'On that grey morning the local journalist was seized in the centre of town today.';
    expect(moved(long, 2)).toBeCloseTo(moved(long, 1), 10);
  });

  it('keep drivers that add up to the raw score, with each word\'s share added to its lexicon driver', () => {
    for (const text of ['Journalist seized in Gaza.', 'The plan is good.', 'Good, good, good and great: a journalist!']) {
      const s = scored(text);
      expect(s.sentiment).toBeCloseTo(normalise(s.drivers.reduce((sum, d) => sum + d.contribution, 0), DEFAULT_RULES.alpha), 10);
    }
    const drivers = scored('The plan is good.').drivers;
    expect(drivers.map((d) => d.word)).toEqual(['good']);
    // Words with a context valence and no lexicon one are the topic: their shares are pooled.
    expect(scored('Journalist seized in Gaza.').drivers.map((d) => d.word)).toEqual([OTHER_WORDS]);
  });

  it('pool the shares of the words that are no driver, still adding up, and never as a top word', () => {
    const many = sentimentLexicon(PUBLISHED_LEXICON.valences, new Set(), new Map(), new Map([['alpha', 0.01], ['beta', -0.3], ['gamma', 0.2], ['delta', 0.02], ['omega', 0.25]]));
    const s = scoreSentence(sentence('Alpha beta gamma delta omega, all good.'), thresholds, DEFAULT_RULES, many);
    expect(s.drivers.map((d) => d.word)).toEqual(['good', OTHER_WORDS]);
    expect(s.sentiment).toBeCloseTo(normalise(s.drivers.reduce((sum, d) => sum + d.contribution, 0), DEFAULT_RULES.alpha), 10);
    const article = scoreArticle([sentence('Alpha beta gamma delta omega.')], thresholds, DEFAULT_RULES, many);
    expect([...article.topPositiveWords, ...article.topNegativeWords]).toEqual([]);
  });

  it('are listed up to the limit, strongest first, only where they show at two decimals, and still add up', () => {
    const word = fc.constantFrom('gain', 'loss', 'hope', 'fear', OTHER_WORDS, '!');
    fc.assert(
      fc.property(fc.array(fc.record({ word, contribution: fc.double({ min: -4, max: 4, noNaN: true }) }), { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (drivers, limit) => {
        drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
        const listed = listedDrivers(drivers, limit);
        const named = listed.filter((d) => d.word !== OTHER_WORDS);
        expect(named).toEqual(drivers.filter((d) => d.word !== OTHER_WORDS && Math.abs(d.contribution) >= 0.005).slice(0, limit));
        expect(listed.filter((d) => d.word === OTHER_WORDS).length).toBeLessThanOrEqual(1);
        expect(listed.slice(0, named.length)).toEqual(named);
        const total = (list: readonly { contribution: number }[]) => list.reduce((sum, d) => sum + d.contribution, 0);
        expect(total(listed)).toBeCloseTo(total(drivers), 9);
      }),
    );
  });

  it('stay within -1..1', () => {
    const strong = sentimentLexicon(PUBLISHED_LEXICON.valences, new Set(), new Map(), new Map([['great', 5]]));
    const s = scoreSentence(sentence('Great, great, great!'), thresholds, DEFAULT_RULES, strong);
    expect(s.sentiment).toBeLessThan(1);
    expect(s.sentiment).toBeCloseTo(normalise(s.drivers.reduce((sum, d) => sum + d.contribution, 0), DEFAULT_RULES.alpha), 10);
  });
});

describe('drivers: sentiment words named, the topic pooled', () => {
  const named = (drivers: readonly { word: string }[]): string[] => drivers.map((d) => d.word).filter((w) => w !== OTHER_WORDS);
  const learned = (text: string) => scoreSentence(sentence(text), thresholds, DEFAULT_RULES, LEARNED_LEXICON);

  it('names no word of a reporting sentence, and names the sentiment words of one that has them', () => {
    // "will", "economy", "grow" have embedding guesses under MIN_NAMED_VALENCE, "says" a context valence.
    const reporting = learned('The minister says the economy will grow.');
    expect(named(reporting.drivers)).toEqual([]);
    expect(reporting.drivers.map((d) => d.word)).toEqual([OTHER_WORDS]);
    const judged = learned('The minister says the economy will suffer a terrible year.');
    expect(named(judged.drivers)).toEqual(['terrible', 'suffer']);
    expect(judged.label).toBe('negative');
  });

  // Published words, a weak and a strong guess, a weak and a strong learned addition, an inflection of the weak one, context valences.
  const lexicon = sentimentLexicon(
    new Map([...PUBLISHED_LEXICON.valences, ['percent', 0.05], ['vandals', -0.6]]), new Set(['percent', 'vandals']),
    new Map([['economy', -0.13], ['delays', -0.95]]), new Map([['economy', -0.02], ['minister', -0.01], ['good', 0.05]]),
  );
  const scored = (text: string) => scoreSentence(sentence(text), thresholds, DEFAULT_RULES, lexicon);

  it('name a guess or a learned addition only from MIN_NAMED_VALENCE, and pool the rest with the context', () => {
    const s = scored('Delays and vandals hit the economy as the minister saw 5 percents of good news.');
    expect(named(s.drivers).map((w) => w.toLowerCase()).sort()).toEqual(['delays', 'good', 'vandals']);
    const pool = s.drivers.find((d) => d.word === OTHER_WORDS)!;
    expect(pool.contribution).toBeLessThan(0);
    expect(s.sentiment).toBeCloseTo(normalise(s.drivers.reduce((sum, d) => sum + d.contribution, 0), DEFAULT_RULES.alpha), 10);
  });

  it('keep every score, add up to it, pool once, and name only published words or inferred ones from MIN_NAMED_VALENCE', () => {
    const words = ['Delays', 'vandals', 'economy', 'percent', 'percents', 'minister', 'good', 'terrible', 'not', 'but', 'very', 'the', ',', '!'];
    const inferred = (word: string) => !PUBLISHED_LEXICON.valences.has(word.toLowerCase());
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), (list) => {
        const s = scored(list.join(' '));
        expect(s.sentiment).toBeCloseTo(normalise(s.drivers.reduce((sum, d) => sum + d.contribution, 0), DEFAULT_RULES.alpha), 10);
        expect(s.drivers.filter((d) => d.word === OTHER_WORDS).length).toBeLessThanOrEqual(1);
        for (const word of named(s.drivers).filter((w) => w !== '!' && inferred(w))) {
          expect(Math.abs(lexicon.words.get(word.toLowerCase())!.sentiment!.valence), word).toBeGreaterThanOrEqual(MIN_NAMED_VALENCE);
        }
      }),
    );
  });
});

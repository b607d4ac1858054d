import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RULES, scoreArticle } from '../../src/analyze/sentiment.js';
import { labelFor } from '../../src/analyze/sentiment-rules.js';
import { OTHER_WORDS } from '../../src/analyze/sentiment-sentence.js';
import { sentimentLexicon } from '../../src/analyze/sentiment-words.js';
import { sentimentScore } from '../../src/numbers.js';
import { LEXICONS_ONLY, sentence, thresholds } from './sentiment-helpers.js';

describe('scoreArticle', () => {
  const sentences = [
    'The new bridge is a wonderful achievement.',
    'Traffic was terrible for years and commuters were furious.',
    'The bridge crosses the river at Main Street.',
    'Officials expect it to be a great success.',
  ].map((text, i) => sentence(text, i));

  it('averages sentence scores, counts positive and negative sentences and lists the strongest', () => {
    const article = scoreArticle(sentences, thresholds, DEFAULT_RULES, LEXICONS_ONLY);
    const mean = article.sentences.reduce((sum, s) => sum + s.sentiment, 0) / sentences.length;
    expect(article.sentiment).toBeCloseTo(mean, 12);
    expect(article.positiveSentences).toBe(2);
    expect(article.negativeSentences).toBe(1);
    expect(article.strongestNegativeSentences).toEqual([1]);
    expect(article.strongestPositiveSentences).toHaveLength(2);
    const [first, second] = article.strongestPositiveSentences.map((i) => article.sentences[i]!.sentiment);
    expect(first).toBeGreaterThanOrEqual(second!);
    expect(article.topPositiveWords).toContain('wonderful');
    expect(article.topNegativeWords).toContain('terrible');
  });

  it('lists a sentence\'s strongest drivers and pools the rest, with the article\'s words and scores from all of them', () => {
    const text = 'The terrible, costly plan failed, but the wonderful, friendly staff were brave, kind and helpful.';
    const all = scoreArticle([sentence(text)], thresholds, DEFAULT_RULES, LEXICONS_ONLY);
    const two = scoreArticle([sentence(text)], { ...thresholds, driversPerSentence: 2 }, DEFAULT_RULES, LEXICONS_ONLY);
    expect(all.sentences[0]!.drivers.length).toBeGreaterThan(3);
    expect(two.sentences[0]!.drivers.map((d) => d.word)).toEqual([...all.sentences[0]!.drivers.slice(0, 2).map((d) => d.word), OTHER_WORDS]);
    const sum = (drivers: readonly { contribution: number }[]) => drivers.reduce((total, d) => total + d.contribution, 0);
    expect(sum(two.sentences[0]!.drivers)).toBeCloseTo(sum(all.sentences[0]!.drivers), 12);
    expect(two.sentiment).toBe(all.sentiment);
    expect([two.topPositiveWords, two.topNegativeWords]).toEqual([all.topPositiveWords, all.topNegativeWords]);
  });

  it('lists the forms of one word once among the top words, as the form that counted most ("rise", "rises")', () => {
    const texts = ['Exports rise strongly.', 'Output rises again and imports rise.', 'Sales improved.'];
    const article = scoreArticle(texts.map((t, i) => sentence(t, i)), thresholds, DEFAULT_RULES, LEXICONS_ONLY);
    const risen = article.topPositiveWords.filter((w) => w.startsWith('rise'));
    expect(risen).toEqual(['rise']);
    const byForm = new Map<string, number>();
    for (const s of article.sentences) for (const d of s.drivers) if (d.word.startsWith('rise')) byForm.set(d.word, (byForm.get(d.word) ?? 0) + d.contribution);
    expect(byForm.size).toBe(2);
    expect(Math.abs(byForm.get('rise')!)).toBeGreaterThan(Math.abs(byForm.get('rises')!));
  });

  it('finds the stem of a driver in a short sentence and in a long one (the stems of a long sentence are indexed)', () => {
    const filler = Array.from({ length: 70 }, (_, i) => `item${i}`).join(' ');
    for (const text of ['Exports rise and output rises.', `Exports rise and output rises, with ${filler} listed.`]) {
      const article = scoreArticle([sentence(text)], thresholds, DEFAULT_RULES, LEXICONS_ONLY);
      expect(article.sentences[0]!.drivers.map((d) => d.word)).toEqual(expect.arrayContaining(['rise', 'rises']));
      expect(article.topPositiveWords.filter((w) => w.startsWith('rise'))).toHaveLength(1);
    }
  });

  it('keeps words of one stem apart when they drove the score in opposite directions ("objective", "objection")', () => {
    const lexicon = sentimentLexicon(new Map([['objective', 2], ['objection', -2]]), new Set(), new Map(), new Map());
    const article = scoreArticle([sentence('The report was objective.', 0), sentence('The objection was raised.', 1)], thresholds, DEFAULT_RULES, lexicon);
    expect([article.topPositiveWords, article.topNegativeWords]).toEqual([['objective'], ['objection']]);
  });

  it('does not saturate on long texts: repeating an article leaves its score unchanged', () => {
    const once = scoreArticle(sentences, thresholds).sentiment;
    const long = Array.from({ length: 50 }, (_, k) => sentences.map((s, i) => ({ ...s, index: k * sentences.length + i }))).flat();
    expect(scoreArticle(long, thresholds).sentiment).toBeCloseTo(once, 12);
    expect(Math.abs(once)).toBeLessThan(0.9);
  });

  it('labels by the configured thresholds', () => {
    expect(labelFor(0.2, { positiveThreshold: 0.3, negativeThreshold: -0.3 })).toBe('neutral');
    expect(labelFor(0.3, { positiveThreshold: 0.3, negativeThreshold: -0.3 })).toBe('positive');
    expect(labelFor(-0.3, { positiveThreshold: 0.3, negativeThreshold: -0.3 })).toBe('negative');
    expect(scoreArticle([], thresholds)).toMatchObject({ sentiment: 0, label: 'neutral', strongestPositiveSentences: [] });
  });

  it('labels the score as printed: 0.04996 prints as 0.05 and is positive at the threshold 0.05', () => {
    const at = { positiveThreshold: 0.05, negativeThreshold: -0.05 };
    expect([0.04996, -0.04996, 0.04994, -0.04994].map((score) => labelFor(score, at))).toEqual(['positive', 'negative', 'neutral', 'neutral']);
    fc.assert(
      // Scores within a rounding step of a threshold on the printed grid, where the two could disagree.
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.double({ min: -0.00005, max: 0.00005, noNaN: true }), (steps, offset) => {
        const threshold = steps / 10_000;
        const given = { positiveThreshold: threshold, negativeThreshold: -threshold };
        expect(labelFor(threshold + offset, given)).toBe(labelFor(sentimentScore(threshold + offset), given));
        expect(labelFor(-threshold - offset, given)).toBe(labelFor(sentimentScore(-threshold - offset), given));
      }),
    );
  });
});

describe('sentences in another language inside an English article', () => {
  const english = [
    'The border town of Kehl has welcomed a new tram line that links it with Strasbourg across the Rhine.',
    'Officials said the line would carry about 10,000 passengers a day and cut traffic on the bridge.',
    'Residents on both sides said they were happy with the faster trips.',
    'The project took six years and cost about 100 million euros, shared by the two countries.',
    'A second line to the south of Kehl is planned for 2030.',
  ];
  const german = [
    'Die Stadt hat die neue Linie am Samstag mit einem Fest eröffnet, und die Bürger waren begeistert.',
    'Der Bürgermeister sagte, die Bahn sei ein Erfolg für die ganze Region und für den Handel.',
  ];
  const scored = (texts: string[]) => scoreArticle(texts.map((t, i) => sentence(t, i)), thresholds, DEFAULT_RULES, LEXICONS_ONLY);

  it('are not read with the English lexicons: German "die" (the) is no top negative word, and its sentences are 0 without drivers', () => {
    // Read as English, "die" had been the article's strongest negative word, and the article negative.
    const article = scored([english[0]!, german[0]!, ...english.slice(1, 3), german[1]!, ...english.slice(3)]);
    expect(article.topNegativeWords).not.toContain('die');
    for (const s of article.sentences.filter((s) => german.includes(s.text))) expect(s).toMatchObject({ sentiment: 0, label: 'neutral', drivers: [] });
    expect(article.label).toBe('positive');
  });

  it('leave the English sentences as they were, "Two die in hotel fire" among them', () => {
    const alone = scored(['Two die in hotel fire', ...english]);
    expect(scored(['Two die in hotel fire', ...english, ...german]).sentences.slice(0, 6)).toEqual(alone.sentences);
    expect(alone.topNegativeWords).toContain('die');
  });

  it('are read when they are half the article or more: the article is in that language, scored only when the config asks', () => {
    const article = scored([...german, english[0]!]);
    expect(article.sentences[0]!.drivers.length).toBeGreaterThan(0);
  });
});

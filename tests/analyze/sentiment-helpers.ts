// What the sentiment tests share: English sentences tokenized as the pipeline does, the default
// thresholds, and the rules scored on the published lexicons alone.
import { DEFAULT_RULES, PUBLISHED_LEXICON, type SentimentRules } from '../../src/analyze/sentiment.js';
import { scoreSentence } from '../../src/analyze/sentiment-sentence.js';
import { sentimentLexicon } from '../../src/analyze/sentiment-words.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';
import type { Sentence } from '../../src/types.js';

export const tokenizer = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
export const thresholds = { positiveThreshold: 0.05, negativeThreshold: -0.05 };

export const sentence = (text: string, index = 0): Sentence => ({ index, text, paragraph: 0, tokens: tokenizeWords(text, tokenizer) });
// The rules are tested on VADER + AFINN alone: the learned entries, the embedding guesses and the
// context valences move words the fixtures use.
export const LEXICONS_ONLY = sentimentLexicon(PUBLISHED_LEXICON.valences, new Set(), new Map(), new Map());
export const score = (text: string, rules: SentimentRules = DEFAULT_RULES): number => scoreSentence(sentence(text), thresholds, rules, LEXICONS_ONLY).sentiment;
export const contributionOf = (text: string, word: string, rules: SentimentRules = DEFAULT_RULES, lexicon = LEXICONS_ONLY): number =>
  scoreSentence(sentence(text), thresholds, rules, lexicon).drivers.find((d) => d.word === word)?.contribution ?? 0;

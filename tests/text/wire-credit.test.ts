import { describe, expect, it } from 'vitest';
import { sentimentTokens } from '../../src/analyze/sentiment-sentence.js';
import { describeLine } from '../../src/clean/lines.js';
import { liftCredit } from '../../src/clean/metadata/credits.js';
import { emptyMetadata } from '../../src/ingest/index.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';
import { WIRE_CREDIT_ROLES } from '../../src/text/wire-credit.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
const creditCleaned = (text: string) => liftCredit(describeLine(1, text, new Set()), emptyMetadata());
const scoredWords = (text: string) => sentimentTokens(tokenizeWords(text, options)).map((token) => token.word.surface);
const capitalised = (role: string) => role[0]!.toUpperCase() + role.slice(1);

describe('WIRE_CREDIT_ROLES', () => {
  it.each(WIRE_CREDIT_ROLES.map(capitalised))('opens a credit line the cleaner removes and the sentiment does not score ("%s by")', (role) => {
    const credit = `(${role} by Mary Good)`;
    expect(creditCleaned(credit)).toBe('wire credit line');
    expect(scoredWords(credit)).toEqual([]);
  });

  it('are not all the roles: "Research by" is a credit line to the cleaner only, "Edited by" to the sentiment only', () => {
    expect(creditCleaned('(Research by Mary Good)')).toBe('wire credit line');
    expect(scoredWords('(Research by Mary Good)')).toEqual(['Research', 'by', 'Mary', 'Good']);
    expect(creditCleaned('(Edited by Mary Good)')).not.toBe('wire credit line');
    expect(scoredWords('(Edited by Mary Good)')).toEqual([]);
  });
});

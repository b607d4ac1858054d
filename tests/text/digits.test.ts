import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../src/text/digits.js';

describe('asciiDigits', () => {
  it.each([
    ['２０２６年１２月４日 １５：２０', '2026年12月4日 15:20'],
    ['٤ ديسمبر ٢٠٢٦', '4 ديسمبر 2026'],
    ['۴ دسامبر ۲۰۲۶', '4 دسامبر 2026'],
    ['४ दिसंबर २०२६', '4 दिसंबर 2026'],
    ['๔ ธ.ค. ๒๕๖๙', '4 ธ.ค. 2569'],
    ['០៤ ធ្នូ ២០២៦', '04 ធ្នូ 2026'],
  ])('reads "%s" with ASCII digits', (text, ascii) => {
    expect(asciiDigits(text)).toBe(ascii);
  });

  it('leaves a line of ASCII digits as it is, its colon too', () => {
    expect(asciiDigits('December 4, 2026 15:20')).toBe('December 4, 2026 15:20');
  });
});

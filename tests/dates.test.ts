import { describe, expect, it } from 'vitest';
import { findIsoDate } from '../src/dates.js';

describe('findIsoDate', () => {
  it.each([
    ['Published : 29 Apr 2023 08:19 PM', '2023-04-29T20:19'],
    ['date 2022-01-01 Russian Foreign Minister', '2022-01-01'],
    ['Updated 2020/05/06 08:30', '2020-05-06T08:30'],
    ['March 3, 2021 10:15 am', '2021-03-03T10:15'],
    ['Sept. 9th, 2019', '2019-09-09'],
    ['December 27, 2007,  5:19 pm', '2007-12-27T17:19'],
    ['12 December 2019 at 12:05 am', '2019-12-12T00:05'],
  ])('%s -> %s', (line, iso) => {
    expect(findIsoDate(line)).toBe(iso);
  });

  it('rejects impossible dates and lines without a date', () => {
    expect(findIsoDate('2023-13-40')).toBeNull();
    expect(findIsoDate('Page 2 of 14')).toBeNull();
    expect(findIsoDate('May the best team win')).toBeNull();
  });

  it('keeps the date when the time is impossible', () => {
    expect(findIsoDate('April 29, 2023 25:10')).toBe('2023-04-29');
  });
});

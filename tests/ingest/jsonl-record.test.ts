import { describe, expect, it } from 'vitest';
import { parseJsonlRecord } from '../../src/ingest/jsonl-record.js';

describe('parseJsonlRecord', () => {
  it('parseJsonlRecord gives a date in ISO 8601 when it reads one', () => {
    const dateOf = (date: unknown) => {
      const record = parseJsonlRecord(JSON.stringify({ id: 'a', text: 't', date }));
      return record.ok ? [record.metadata.date, record.warnings] : undefined;
    };
    expect(dateOf('March 3, 2023')).toEqual(['2023-03-03', []]);
    expect(dateOf('Fri, 3 Mar 2023 10:15')).toEqual(['2023-03-03T10:15', []]);
    expect(dateOf('2023-03-03T10:15:00Z')).toEqual(['2023-03-03T10:15', []]);
    expect(dateOf(' ')).toEqual([null, []]);
    // A Unix time or YYYYMMDD an export wrote as text is read as the number is.
    expect(dateOf('1677838500')).toEqual(['2023-03-03T10:15', []]);
    expect(dateOf('20230303')).toEqual(['2023-03-03', []]);
  });

  it('parseJsonlRecord leaves a date it cannot read empty, with a warning quoting it and saying why', () => {
    const dateOf = (date: string) => {
      const record = parseJsonlRecord(JSON.stringify({ id: 'a', text: 't', date }));
      return record.ok ? [record.metadata.date, record.warnings] : undefined;
    };
    // Kept as given, 'yesterday' sorted among the dates as text and '03/04/2023' became a date cell in the spreadsheet locale's order.
    expect(dateOf('yesterday')).toEqual([null, ['"date" is "yesterday", which holds no day, month and year read as a date: left empty']]);
    expect(dateOf('March 2023')).toEqual([null, ['"date" is "March 2023", which holds no day, month and year read as a date: left empty']]);
    expect(dateOf('03/04/2023')).toEqual([null, ['"date" is "03/04/2023", whose day and month could be either: left empty (set clean.dateOrder to "dmy" or "mdy" in pipeline.config.json)']]);
    expect(dateOf('2023-02-30')).toEqual([null, ['"date" is "2023-02-30", a day its month does not have: left empty']]);
    expect(dateOf('२०८३ पुस ३ गते')).toEqual([null, ['"date" is "२०८३ पुस ३ गते", a date of Nepal\'s Bikram Sambat calendar, not converted: left empty']]);
    expect(dateOf('2023')).toEqual([null, ['"date" is "2023", neither a YYYYMMDD date nor a Unix time in seconds or milliseconds of 1980-2099: left empty']]);
    const long = `posted ${'very '.repeat(40)}recently`;
    expect(dateOf(long)![1]).toEqual([`"date" is "${long.slice(0, 80)}…", which holds no day, month and year read as a date: left empty`]);
  });

  it('parseJsonlRecord reads a date written as a number when it can only be one date: YYYYMMDD, or a Unix time in seconds or milliseconds', () => {
    const read = (date: number) => {
      const record = parseJsonlRecord(JSON.stringify({ id: 'a', text: 't', date }));
      return record.ok ? [record.metadata.date, record.warnings] : undefined;
    };
    expect(read(20230303)).toEqual(['2023-03-03', []]);
    expect(read(19991231)).toEqual(['1999-12-31', []]);
    // 2023-03-03T10:15:00Z, as the text "2023-03-03T10:15:00Z" is read.
    expect(read(1677838500)).toEqual(['2023-03-03T10:15', []]);
    expect(read(1677838500123)).toEqual(['2023-03-03T10:15', []]);
    expect(read(1677838500.5)).toEqual(['2023-03-03T10:15', []]);
    // No day 30 in February, no month 13, no year so read; a count, a time in microseconds, a negative number.
    for (const date of [20230230, 20231301, 30230303, 12345, 1677838500123456, -1677838500, 2023]) {
      expect(read(date), String(date)).toEqual([null, [`"date" is a number (${date}), neither a YYYYMMDD date nor a Unix time in seconds or milliseconds of 1980-2099: left empty`]]);
    }
  });

  it('parseJsonlRecord joins a title\'s lines as a body paragraph\'s: with nothing between Chinese or Japanese characters, else one space', () => {
    const titleOf = (title: string) => {
      const record = parseJsonlRecord(JSON.stringify({ id: 'a1', title, text: 'Body.' }));
      return record.ok ? record.metadata.title : undefined;
    };
    expect(titleOf('市議会が新しい\n港湾計画を承認')).toBe('市議会が新しい港湾計画を承認');
    expect(titleOf('市政府批准\r\n新港口计划')).toBe('市政府批准新港口计划');
    expect(titleOf('Harbour council\n approves\t new park')).toBe('Harbour council approves new park');
    expect(titleOf('市議会が\niPhoneを')).toBe('市議会が iPhoneを');
  });

  it('parseJsonlRecord accepts numeric ids and rejects other kinds', () => {
    expect(parseJsonlRecord('{"id": 12, "text": "t"}')).toMatchObject({ ok: true, id: '12' });
    for (const id of ['true', 'null', '[]', '{}', '""', '"  "', '1e999']) {
      expect(parseJsonlRecord(`{"id": ${id}, "text": "t"}`)).toEqual({ ok: false, problem: '"id" is missing, or not a non-empty string or a number' });
    }
  });

  it('parseJsonlRecord names the fields a record has when "id" or "text" is missing, and the field that may hold the text', () => {
    // A scraper's export that calls the text "body": every record had been refused with `"text" is missing or not a string`.
    const export_ = { id: 'a1', title: 'Harbour council approves new park', url: 'https://example.com/a1', body: 'The harbour council approved the park on Tuesday after a long debate.', lang: 'en' };
    expect(parseJsonlRecord(JSON.stringify(export_))).toEqual({
      ok: false,
      id: 'a1',
      problem: '"text" is missing: JSONL records give the article\'s text in "text"; if "body" holds it, rename that field "text" (the record has "id", "title", "url", "body", "lang")',
    });
    expect(parseJsonlRecord('{"id": "a1", "title": "Only a title"}')).toEqual({ ok: false, id: 'a1', problem: '"text" is missing: JSONL records give the article\'s text in "text" (the record has "id", "title")' });
    expect(parseJsonlRecord('{"url": "https://example.com/a1", "text": "t"}')).toEqual({ ok: false, problem: '"id" is missing: give each record its own "id" (a string or a number) (the record has "url", "text")' });
    expect(parseJsonlRecord('{}')).toEqual({ ok: false, problem: '"id" is missing: give each record its own "id" (a string or a number) (the record is an empty object)' });
    const wide = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}`, i]));
    expect(parseJsonlRecord(JSON.stringify(wide))).toMatchObject({ problem: expect.stringMatching(/\(the record has "f0", .*"f7" and 2 more\)$/) });
  });

  it('parseJsonlRecord says what "text" is when it is no string', () => {
    expect(parseJsonlRecord('{"id": "a", "text": ["First paragraph.", "Second paragraph."]}')).toEqual({ ok: false, id: 'a', problem: '"text" is an array, not text: give the article as one string' });
    expect(parseJsonlRecord('{"id": "a", "text": null}')).toEqual({ ok: false, id: 'a', problem: '"text" is null, not text: give the article as one string' });
  });

  it('parseJsonlRecord says when the file looks like JSON rather than JSONL (an array, or an object over several lines)', () => {
    const records = [{ id: 'a', text: 't' }];
    expect(parseJsonlRecord(JSON.stringify(records))).toEqual({ ok: false, problem: 'not a JSON object but an array (JSONL has one object per line, not an array of them)' });
    const [first, second] = JSON.stringify(records, null, 2).split('\n');
    expect(parseJsonlRecord(first!)).toEqual({ ok: false, problem: 'not valid JSON: Unexpected end of JSON input (JSON over several lines? JSONL has one object per line)' });
    expect(parseJsonlRecord(second!)).toMatchObject({ ok: false, problem: expect.stringMatching(/\(JSON over several lines\?/) });
    expect(parseJsonlRecord('{"id": "a", "text": ')).toEqual({ ok: false, problem: expect.not.stringMatching(/several lines/) });
    expect(parseJsonlRecord('"text"')).toEqual({ ok: false, problem: 'not a JSON object' });
  });
});

import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../src/ingest/markdown.js';

describe('stripMarkdown', () => {
  it('removes heading and quote markers at a line\'s start, keeping the line', () => {
    expect(stripMarkdown('# Council approves new park\n\n## What happens next\n   ### Three spaces')).toBe('Council approves new park\n\nWhat happens next\nThree spaces');
    expect(stripMarkdown('> "A great day," said Tom Reed.\n> > nested\n>no space')).toBe('"A great day," said Tom Reed.\nnested\nno space');
  });

  it('keeps a link\'s text and drops its address, with or without a title', () => {
    expect(stripMarkdown('plans for a [new park](https://example.com/park) on the [city\'s website](/parks "Parks"), or [mail us](mailto:a@b.org).')).toBe(
      "plans for a new park on the city's website, or mail us.",
    );
    expect(stripMarkdown('the [Wikipedia page](https://en.wikipedia.org/wiki/Foo_(bar)) says')).toBe('the Wikipedia page says');
  });

  it('keeps strong and emphasised text without its markers', () => {
    expect(stripMarkdown('**By Maria Gomez** | March 3, 2024')).toBe('By Maria Gomez | March 3, 2024');
    expect(stripMarkdown('it was __very__ late and *really* cold')).toBe('it was very late and really cold');
  });

  it('keeps text emphasised with underscores without them: a byline and date line in italics read as such', () => {
    expect(stripMarkdown('_By Oskar Lund, Transport Correspondent_  \n_5 August 2026_')).toBe('By Oskar Lund, Transport Correspondent  \n5 August 2026');
    expect(stripMarkdown('it was _very_ late')).toBe('it was very late');
  });

  it('leaves text that only looks like markup as it is', () => {
    for (const text of [
      '#MeToo and the #1 seed', 'rates rose > 5% on 1 > 0.5', 'the "[sic](1998)" note', '5*3*2 = 30 and M*A*S*H', '* a bullet item', 'the snake_case_name and __init', 'my_file_name.txt and _private', 'x_1 + y_2',
      'Prices* rose; *Source: ONS', '![Photo of the park](https://example.com/park.jpg)', '**', 'a ** b ** c',
    ]) {
      expect(stripMarkdown(text), text).toBe(text);
    }
  });
});

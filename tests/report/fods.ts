// Reads the first sheet of a Flat ODS file (what `libreoffice --convert-to fods` writes) into cells
// that say how the spreadsheet understood each value: text, number, date, and any formula.

export interface SheetCell {
  type: 'string' | 'float' | 'date' | 'percentage' | 'empty' | string;
  /** The cell as displayed (its paragraphs joined by line breaks). */
  text: string;
  /** The numeric value of a number cell. */
  value: number | null;
  /** The value of a date or time cell as ODF writes it (`2023-03-03`, `2023-03-03T10:15:00`, `PT10H15M00S`). */
  dateValue: string | null;
  /** Set when the spreadsheet treats the cell as a formula: that must never happen. */
  formula: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

const attribute = (tag: string, name: string): string | null => {
  const match = new RegExp(`${name}="([^"]*)"`).exec(tag);
  return match ? decodeEntities(match[1]!) : null;
};

/** Text of one paragraph: spaces, tabs and line breaks are elements in ODF. */
function paragraphText(xml: string): string {
  return decodeEntities(
    xml
      .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count?: string) => ' '.repeat(Number(count ?? 1)))
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<text:line-break\/>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

function readCell(tag: string, body: string): SheetCell {
  const paragraphs = [...body.matchAll(/<text:p(?:\s[^>]*)?>([\s\S]*?)<\/text:p>|<text:p(?:\s[^>]*)?\/>/g)].map((m) => paragraphText(m[1] ?? ''));
  const value = attribute(tag, 'office:value');
  return {
    type: attribute(tag, 'office:value-type') ?? 'empty',
    text: paragraphs.join('\n'),
    value: value === null ? null : Number(value),
    dateValue: attribute(tag, 'office:date-value') ?? attribute(tag, 'office:time-value'),
    formula: attribute(tag, 'table:formula'),
  };
}

/** Rows of cells of the first table; trailing empty cells and rows are dropped. */
export function readFlatOds(xml: string): SheetCell[][] {
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(xml)?.[0] ?? '';
  const rows: SheetCell[][] = [];
  for (const rowMatch of table.matchAll(/<table:table-row([^>]*)>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: SheetCell[] = [];
    for (const cellMatch of rowMatch[2]!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const repeat = Number(attribute(cellMatch[1]!, 'table:number-columns-repeated') ?? 1);
      const cell = readCell(cellMatch[1]!, cellMatch[2] ?? '');
      for (let i = 0; i < Math.min(repeat, 1000); i++) cells.push(cell);
    }
    while (cells.length && cells[cells.length - 1]!.type === 'empty') cells.pop();
    const repeatRows = Number(attribute(rowMatch[1]!, 'table:number-rows-repeated') ?? 1);
    for (let i = 0; i < Math.min(repeatRows, 1000); i++) rows.push(cells);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

import Papa from 'papaparse';

/**
 * The one place CSV is written and read, so the read-back check uses exactly the library that
 * wrote the file. Rules: comma delimiter, CRLF line ends (RFC 4180, what Firefox writes), quotes
 * where a cell holds a comma, quote, line break or an edge space (or everywhere if quoteAll).
 * No formula escaping: it would add a "'" to passwords that start with "=", "+", "-" or "@", and
 * importers would keep that character.
 */
export function toCsv(header: string, rows: readonly (readonly string[])[], quoteAll: boolean): string {
  if (rows.length === 0) return `${header}\r\n`;
  const body = Papa.unparse(rows as string[][], {
    quotes: quoteAll,
    quoteChar: '"',
    escapeChar: '"',
    delimiter: ',',
    newline: '\r\n',
    header: false,
    escapeFormulae: false,
  });
  return `${header}\r\n${body}\r\n`;
}

export interface CsvReadResult {
  /** All rows including the header row. A final empty line is not a row. */
  readonly rows: string[][];
  /** 1-based row numbers (header = 1) and plain messages for what the parser could not read. */
  readonly errors: { row: number | undefined; message: string }[];
}

export function readCsv(text: string): CsvReadResult {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const rows = parsed.data.map((row) => (Array.isArray(row) ? row.map((cell) => String(cell)) : []));
  const last = rows[rows.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === '' && /\r?\n$/.test(text)) rows.pop();
  const errors = parsed.errors.map((e) => ({
    row: typeof e.row === 'number' ? e.row + 1 : undefined,
    message: e.message,
  }));
  return { rows, errors };
}

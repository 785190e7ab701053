import Papa from 'papaparse';

/**
 * The one place CSV is written and read, so the read-back check uses exactly the library that
 * wrote the file. Rules: comma delimiter, CRLF line ends (RFC 4180, what Firefox writes), quotes
 * where a cell holds a comma, quote, line break or an edge space (or everywhere if quoteAll).
 * No formula escaping: it would add a "'" to passwords that start with "=", "+", "-" or "@", and
 * importers would keep that character.
 */
export function toCsv(header: string, rows: Iterable<readonly string[]>, quoteAll: boolean): string {
  return Array.from(csvChunks(header, rows, quoteAll)).join('');
}

/**
 * The same text as toCsv, in pieces whose concatenation is the file: the header line, then blocks
 * of rows, each piece ending in CRLF. Rows are taken from the iterable a block at a time, so a
 * 100,000-row file never exists as rows and text at once; the writer encodes each piece as it comes.
 */
export function* csvChunks(header: string, rows: Iterable<readonly string[]>, quoteAll: boolean): Generator<string> {
  yield `${header}\r\n`;
  let block: (readonly string[])[] = [];
  for (const row of rows) {
    block.push(row);
    if (block.length === CHUNK_ROWS) {
      yield unparseBlock(block, quoteAll);
      block = [];
    }
  }
  if (block.length > 0) yield unparseBlock(block, quoteAll);
}

function unparseBlock(rows: readonly (readonly string[])[], quoteAll: boolean): string {
  const text = Papa.unparse(rows as string[][], {
    quotes: quoteAll,
    quoteChar: '"',
    escapeChar: '"',
    delimiter: ',',
    newline: '\r\n',
    header: false,
    escapeFormulae: false,
  });
  return `${text}\r\n`;
}

/** Rows per Papa.unparse call: Papa builds its text by appending, so smaller blocks stay young. */
const CHUNK_ROWS = 500;

export interface CsvReadResult {
  /** All rows including the header row. A final empty line is not a row. */
  readonly rows: string[][];
  /** 1-based row numbers (header = 1) and plain messages for what the parser could not read. */
  readonly errors: { row: number | undefined; message: string }[];
}

/** How every written file is read back: plain RFC 4180, every cell a string, nothing skipped. */
const PARSE_OPTIONS = {
  delimiter: ',',
  quoteChar: '"',
  escapeChar: '"',
  header: false,
  skipEmptyLines: false,
  dynamicTyping: false,
} as const;

export function readCsv(text: string): CsvReadResult {
  const parsed = Papa.parse<string[]>(text, PARSE_OPTIONS);
  const rows = parsed.data.map((row) => (Array.isArray(row) ? row.map((cell) => String(cell)) : []));
  const last = rows[rows.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === '' && text.endsWith('\n')) rows.pop();
  const errors = parsed.errors.map((e) => ({
    row: typeof e.row === 'number' ? e.row + 1 : undefined,
    message: e.message,
  }));
  return { rows, errors };
}

/**
 * Reads CSV row by row (header included) without keeping the rows: the read-back check of a
 * 100,000-entry file would otherwise hold a million extra strings. A final empty line is not a row.
 * Returns the parser's errors, 1-based row numbers (header = 1).
 */
export function streamCsvRows(text: string, onRow: (row: string[]) => void): { row: number | undefined; message: string }[] {
  const errors: { row: number | undefined; message: string }[] = [];
  let pending: string[] | undefined;
  let rowNo = 0;
  Papa.parse<string[]>(text, {
    ...PARSE_OPTIONS,
    step: (result) => {
      rowNo += 1;
      for (const e of result.errors) errors.push({ row: rowNo, message: e.message });
      if (pending !== undefined) onRow(pending);
      pending = Array.isArray(result.data) ? result.data : [];
    },
  });
  if (pending !== undefined && !(pending.length === 1 && pending[0] === '' && text.endsWith('\n'))) onRow(pending);
  return errors;
}

import type {
  ConvertedFile,
  ConvertedFileRole,
  VerificationDifference,
  VerificationResult,
  WrittenFile,
} from './conversion-types';
import { convertEntries } from './convert-entries';
import { readCsv } from './csv-text';
import { describeSaved, entryTitle } from './entry-text';
import { KPM_FIELD_NAMES, type KpmEntry, type KpmFieldName, type UnplacedLine } from './kpm-types';
import type { PasswordFormatId } from './password-formats';

const FIELD_WORDS: Record<KpmFieldName, string> = {
  name: 'name',
  url: 'web address',
  loginName: 'login name',
  login: 'user name',
  password: 'password',
  notes: 'comment or note text',
};

const ROLE_NAME: Record<ConvertedFileRole, string> = {
  passwords: 'import file',
  'kept-aside': 'file of notes and details kept aside',
  unplaced: 'file of unreadable lines',
};

/**
 * Proof that nothing was lost. Reads the written files back with the same CSV library and checks:
 *  1. every expected file is there, its first line is the exact header, it has the expected
 *     number of rows, and every cell equals what was meant to be written;
 *  2. every non-blank field of every entry is found in that entry's read-back rows (so a mapping
 *     mistake cannot hide behind step 1, which compares with the mapping's own output).
 * Messages never contain passwords or other field values.
 */
export function verifyConversion(
  entries: readonly KpmEntry[],
  formatId: PasswordFormatId,
  written: readonly WrittenFile[],
  unplaced: readonly UnplacedLine[] = [],
): VerificationResult {
  const expected = convertEntries(entries, formatId, unplaced);
  const differences: VerificationDifference[] = [];
  const broken = new Set<number>();
  /** Read-back cells per entry, from every file. */
  const cellsOf = new Map<number, string[]>();

  const label = (index: number): { entryIndex: number; entryLine: number; name: string } => {
    const entry = entries[index];
    return { entryIndex: index, entryLine: entry?.line ?? 0, name: entry ? `"${entryTitle(entry)}" (line ${entry.line})` : `#${index + 1}` };
  };
  const breakAll = (file: ConvertedFile): void => {
    for (const i of file.rowEntry) if (i >= 0) broken.add(i);
  };

  for (const extra of written) {
    if (!expected.files.some((f) => f.role === extra.role)) {
      differences.push({ problem: 'unexpected-file', role: extra.role, message: `An extra ${ROLE_NAME[extra.role]} was written that this conversion does not make.` });
    }
  }

  for (const file of expected.files) {
    const matches = written.filter((w) => w.role === file.role);
    const got = matches[0];
    if (got === undefined || matches.length > 1) {
      differences.push({
        problem: got === undefined ? 'missing-file' : 'unexpected-file',
        role: file.role,
        message: got === undefined ? `The ${ROLE_NAME[file.role]} could not be read back.` : `More than one ${ROLE_NAME[file.role]} was given.`,
      });
      breakAll(file);
      continue;
    }
    const read = readCsv(got.text);
    for (const e of read.errors) {
      differences.push({ problem: 'unreadable', role: file.role, ...(e.row !== undefined ? { row: e.row - 1 } : {}), message: `The ${ROLE_NAME[file.role]} does not read back cleanly: ${e.message}.` });
    }
    const firstLine = got.text.split(/\r\n|\n|\r/, 1)[0] ?? '';
    if (firstLine !== file.header) {
      differences.push({ problem: 'header', role: file.role, message: `The first line of the ${ROLE_NAME[file.role]} is not the exact header the importer expects.` });
      breakAll(file);
    }
    const dataRows = read.rows.slice(1);
    if (dataRows.length !== file.rows.length) {
      differences.push({ problem: 'row-count', role: file.role, message: `The ${ROLE_NAME[file.role]} has ${dataRows.length} rows; ${file.rows.length} were written.` });
    }
    if (read.errors.length > 0 || dataRows.length !== file.rows.length) breakAll(file);

    const n = Math.min(dataRows.length, file.rows.length);
    for (let r = 0; r < n; r += 1) {
      const want = file.rows[r] ?? [];
      const have = dataRows[r] ?? [];
      const owner = file.rowEntry[r] ?? -1;
      const who = owner >= 0 ? label(owner) : undefined;
      if (owner >= 0) cellsOf.set(owner, [...(cellsOf.get(owner) ?? []), ...have]);
      for (let c = 0; c < Math.max(want.length, have.length); c += 1) {
        if (want[c] === have[c]) continue;
        const column = file.columns[c] ?? `column ${c + 1}`;
        if (owner >= 0) broken.add(owner);
        differences.push({
          problem: 'cell',
          role: file.role,
          row: r + 1,
          column,
          ...(who ? { entryIndex: who.entryIndex, entryLine: who.entryLine } : {}),
          message: `${who ? `Entry ${who.name}` : `Row ${r + 1}`}: the "${column}" column of the ${ROLE_NAME[file.role]} reads back differently.`,
        });
      }
    }
  }

  entries.forEach((entry, index) => {
    const cells = cellsOf.get(index);
    if (cells === undefined) {
      if (!broken.has(index)) {
        broken.add(index);
        differences.push({ problem: 'not-carried', role: 'passwords', entryIndex: index, entryLine: entry.line, message: `Entry ${label(index).name} is in none of the written files.` });
      }
      return;
    }
    for (const field of uncarriedFields(entry, cells)) {
      broken.add(index);
      differences.push({ problem: 'not-carried', role: 'passwords', entryIndex: index, entryLine: entry.line, field, message: `Entry ${label(index).name}: its ${FIELD_WORDS[field]} is not in the written files.` });
    }
  });

  const saved = entries.length - broken.size;
  return {
    ok: differences.length === 0,
    format: formatId,
    counts: expected.counts,
    saved,
    summary: describeSaved(expected.counts, saved),
    differences,
  };
}

/**
 * The fields of an entry whose text is in none of the given cells. Addresses may gain "https://"
 * and lose edge spaces for browsers, so they are looked for trimmed; everything else exactly.
 */
export function uncarriedFields(entry: KpmEntry, cells: readonly string[]): KpmFieldName[] {
  const missing: KpmFieldName[] = [];
  for (const field of KPM_FIELD_NAMES) {
    const raw = entry.fields[field];
    const value = field === 'url' ? raw.trim() : raw;
    if (value !== '' && !cells.some((cell) => cell.includes(value))) missing.push(field);
  }
  return missing;
}

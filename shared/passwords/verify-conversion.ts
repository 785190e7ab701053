import type { ConvertedFileRole, VerificationDifference, VerificationResult, WrittenFile } from './conversion-types';
import { streamCsvRows } from './csv-text';
import { countEntries, describeSaved, entryTitle } from './entry-text';
import { planFiles, rowsOf } from './file-plan';
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
 * Expected rows are re-derived from the entries one at a time and the files are read row by row,
 * so the check holds no second copy of the passwords. Messages never contain field values.
 */
export function verifyConversion(
  entries: readonly KpmEntry[],
  formatId: PasswordFormatId,
  written: readonly WrittenFile[],
  unplaced: readonly UnplacedLine[] = [],
): VerificationResult {
  const plans = planFiles(formatId, unplaced.length);
  const differences: VerificationDifference[] = [];
  const broken = new Uint8Array(entries.length);
  /** 1 once a read-back row of the entry was seen. */
  const seen = new Uint8Array(entries.length);
  /** Fields of a seen entry found in none of its read-back rows so far (only entries with some). */
  const missing = new Map<number, KpmFieldName[]>();

  // Only ever called with the index of an entry that exists.
  const who = (index: number): string => {
    const entry = entries[index] as KpmEntry;
    return `"${entryTitle(entry)}" (line ${entry.line})`;
  };
  const breakFile = (role: ConvertedFileRole): void => {
    for (const { entry } of rowsOf(role, entries, formatId, unplaced)) if (entry >= 0) broken[entry] = 1;
  };

  for (const extra of written) {
    if (!plans.some((p) => p.role === extra.role)) {
      differences.push({ problem: 'unexpected-file', role: extra.role, message: `An extra ${ROLE_NAME[extra.role]} was written that this conversion does not make.` });
    }
  }

  for (const plan of plans) {
    const { role } = plan;
    const matches = written.filter((w) => w.role === role);
    const got = matches[0];
    if (got === undefined || matches.length > 1) {
      differences.push({
        problem: got === undefined ? 'missing-file' : 'unexpected-file',
        role,
        message: got === undefined ? `The ${ROLE_NAME[role]} could not be read back.` : `More than one ${ROLE_NAME[role]} was given.`,
      });
      breakFile(role);
      continue;
    }

    const firstBreak = got.text.search(/\r\n|\n|\r/);
    const firstLine = firstBreak === -1 ? got.text : got.text.slice(0, firstBreak);
    let fileBroken = false;
    if (firstLine !== plan.header) {
      differences.push({ problem: 'header', role, message: `The first line of the ${ROLE_NAME[role]} is not the exact header the importer expects.` });
      fileBroken = true;
    }

    const expected = rowsOf(role, entries, formatId, unplaced);
    let seenHeader = false;
    let readRows = 0;
    let extraRows = 0;
    const errors = streamCsvRows(got.text, (have) => {
      if (!seenHeader) {
        seenHeader = true;
        return;
      }
      readRows += 1;
      const next = expected.next();
      if (next.done === true) {
        extraRows += 1;
        return;
      }
      const { row: want, entry: owner } = next.value;
      let same = true;
      const width = Math.max(want.length, have.length);
      for (let c = 0; c < width; c += 1) {
        if (want[c] === have[c]) continue;
        same = false;
        const column = plan.columns[c] ?? `column ${c + 1}`;
        if (owner >= 0) broken[owner] = 1;
        differences.push({
          problem: 'cell',
          role,
          row: readRows,
          column,
          ...(owner >= 0 ? { entryIndex: owner, entryLine: entries[owner]?.line ?? 0 } : {}),
          message: `${owner >= 0 ? `Entry ${who(owner)}` : `Row ${readRows}`}: the "${column}" column of the ${ROLE_NAME[role]} reads back differently.`,
        });
      }
      if (owner >= 0) {
        const entry = entries[owner] as KpmEntry;
        const before = seen[owner] === 0 ? KPM_FIELD_NAMES : missing.get(owner);
        seen[owner] = 1;
        if (before !== undefined) {
          // A row that read back cell for cell holds the texts of the row meant to be written,
          // whose cells are the entry's own strings: looking there gives the same answer, found
          // by identity instead of comparing characters.
          const left = uncarriedFields(entry, same ? want : have, before);
          if (left.length > 0) missing.set(owner, left);
          else missing.delete(owner);
        }
      }
    });
    let lostRows = 0;
    for (let rest = expected.next(); rest.done !== true; rest = expected.next()) lostRows += 1;

    for (const e of errors) {
      differences.push({ problem: 'unreadable', role, ...(e.row !== undefined ? { row: e.row - 1 } : {}), message: `The ${ROLE_NAME[role]} does not read back cleanly: ${e.message}.` });
    }
    if (lostRows > 0 || extraRows > 0) {
      differences.push({ problem: 'row-count', role, message: `The ${ROLE_NAME[role]} has ${readRows} rows; ${readRows - extraRows + lostRows} were written.` });
    }
    if (fileBroken || errors.length > 0 || lostRows > 0 || extraRows > 0) breakFile(role);
  }

  entries.forEach((entry, index) => {
    if (seen[index] === 0) {
      if (broken[index] === 0) {
        broken[index] = 1;
        differences.push({ problem: 'not-carried', role: 'passwords', entryIndex: index, entryLine: entry.line, message: `Entry ${who(index)} is in none of the written files.` });
      }
      return;
    }
    for (const field of missing.get(index) ?? []) {
      broken[index] = 1;
      differences.push({ problem: 'not-carried', role: 'passwords', entryIndex: index, entryLine: entry.line, field, message: `Entry ${who(index)}: its ${FIELD_WORDS[field]} is not in the written files.` });
    }
  });

  const counts = countEntries(entries);
  const saved = entries.length - broken.reduce((n, b) => n + b, 0);
  return { ok: differences.length === 0, format: formatId, counts, saved, summary: describeSaved(counts, saved), differences };
}

/**
 * The fields of an entry whose text is in none of the given cells. Addresses may gain "https://"
 * and lose edge spaces for browsers, so they are looked for trimmed; everything else exactly.
 */
export function uncarriedFields(entry: KpmEntry, cells: readonly string[], fields: readonly KpmFieldName[] = KPM_FIELD_NAMES): KpmFieldName[] {
  let result: KpmFieldName[] | undefined;
  for (const field of fields) {
    if (isCarried(entry, field, cells)) continue;
    (result ??= []).push(field);
  }
  return result ?? [];
}

function isCarried(entry: KpmEntry, field: KpmFieldName, cells: readonly string[]): boolean {
  const raw = entry.fields[field];
  const value = field === 'url' ? raw.trim() : raw;
  if (value === '') return true;
  if (cells.includes(value)) return true; // the usual case: the field is a cell of its own
  for (const cell of cells) if (cell.includes(value)) return true;
  return false;
}

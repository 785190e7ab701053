import { spreadsheetSafe } from './spreadsheet-safe';
import type { ConvertedFileRole, KeptAsideReason } from './conversion-types';
import { KEPT_ASIDE_COLUMNS, placeEntry, UNPLACED_COLUMNS } from './format-rows';
import type { KpmEntry, UnplacedLine } from './kpm-types';
import { PASSWORD_FORMATS, type PasswordFormatId } from './password-formats';

/** Which files a conversion writes and how; shared by the writer and the read-back check. */
export interface FilePlan {
  readonly role: ConvertedFileRole;
  readonly fileSuffix: string;
  readonly description: string;
  readonly columns: readonly string[];
  readonly header: string;
  readonly quoteAll: boolean;
}

function quotedHeader(columns: readonly string[]): string {
  return columns.map((c) => `"${c}"`).join(',');
}

export function shortFormatLabel(formatId: PasswordFormatId): string {
  const label = PASSWORD_FORMATS[formatId].label;
  return label.split(',')[0] ?? label;
}

export function planFiles(formatId: PasswordFormatId, unplacedCount: number): FilePlan[] {
  const format = PASSWORD_FORMATS[formatId];
  const plans: FilePlan[] = [
    {
      role: 'passwords',
      fileSuffix: `-${formatId}.csv`,
      description: format.notesInFormat
        ? `Your logins and notes, ready to import into ${format.label}.`
        : `Your website logins, ready to import into ${format.label}.`,
      columns: format.columns,
      header: format.header,
      quoteAll: format.quoteAll,
    },
  ];
  if (!format.notesInFormat) {
    // Always written for Chrome and Firefox (even when empty) so the user always finds the same
    // two files and the read-back can tell a missing file from an empty one.
    plans.push({
      role: 'kept-aside',
      fileSuffix: `-${formatId}-not-importable-notes-and-details.csv`,
      description: `Notes and details ${shortFormatLabel(formatId)} cannot import. Keep this file to copy them by hand; it is not for importing.`,
      columns: KEPT_ASIDE_COLUMNS,
      header: quotedHeader(KEPT_ASIDE_COLUMNS),
      quoteAll: true,
    });
  }
  if (unplacedCount > 0) {
    plans.push({
      role: 'unplaced',
      fileSuffix: '-unreadable-lines.csv',
      description: 'Lines of the export that SafeSwitch could not attach to any entry, with their line numbers.',
      columns: UNPLACED_COLUMNS,
      header: quotedHeader(UNPLACED_COLUMNS),
      quoteAll: true,
    });
  }
  return plans;
}

/**
 * The data rows of one file, in order, each with the index of the entry it came from (-1 for an
 * unplaced line). Generated on demand so the read-back check never holds a second copy.
 */
export function* rowsOf(
  role: ConvertedFileRole,
  entries: readonly KpmEntry[],
  formatId: PasswordFormatId,
  unplaced: readonly UnplacedLine[],
): Generator<{ row: string[]; entry: number; reason?: KeptAsideReason }> {
  if (role === 'unplaced') {
    // Read by a person in a spreadsheet: formula-safe (spreadsheet-safe.ts).
    for (const u of unplaced) yield { row: [String(u.line), spreadsheetSafe(u.text)], entry: -1 };
    return;
  }
  for (let i = 0; i < entries.length; i += 1) {
    const placement = placeEntry(entries[i] as KpmEntry, formatId);
    if (role === 'passwords' && placement.row !== undefined) yield { row: placement.row, entry: i };
    if (role === 'kept-aside' && placement.aside !== undefined) yield { row: placement.aside.row, entry: i, reason: placement.aside.reason };
  }
}

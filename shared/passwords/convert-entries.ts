import type { Conversion, ConvertedFile, KeptAside, KeptAsideReason } from './conversion-types';
import { toCsv } from './csv-text';
import { countEntries, entryTitle, KIND_SECTION } from './entry-text';
import { KEPT_ASIDE_COLUMNS, placeEntry, UNPLACED_COLUMNS } from './format-rows';
import type { KpmEntry, KpmParseResult, UnplacedLine } from './kpm-types';
import { PASSWORD_FORMATS, type PasswordFormatId } from './password-formats';

function quotedHeader(columns: readonly string[]): string {
  return columns.map((c) => `"${c}"`).join(',');
}

function asideMessage(reason: KeptAsideReason, formatLabel: string, entry: KpmEntry): string {
  const what = KIND_SECTION[entry.kind] === 'Notes' ? 'note' : 'entry';
  switch (reason) {
    case 'note-not-supported':
      return `${formatLabel} cannot import notes, so this ${what} is kept in a separate file for you to copy by hand.`;
    case 'no-web-address':
      return `${formatLabel} only imports passwords for websites, and this ${what} has no web address, so it is kept in a separate file.`;
    case 'details-not-supported':
      return `${formatLabel} keeps only the address, user name and password, so this entry's title and comment are kept in a separate file.`;
  }
}

/**
 * Converts parsed entries to the files of one format. Nothing is dropped: what the format cannot
 * hold goes to a 'kept-aside' file (Chrome, Firefox), and lines the reader could not place go to an
 * 'unplaced' file. Pure: the same entries always give the same files, which is what lets
 * verifyConversion re-derive what should have been written.
 */
export function convertEntries(
  entries: readonly KpmEntry[],
  formatId: PasswordFormatId,
  unplaced: readonly UnplacedLine[] = [],
): Conversion {
  const format = PASSWORD_FORMATS[formatId];
  const shortLabel = format.label.split(',')[0] ?? format.label;
  const rows: string[][] = [];
  const rowEntry: number[] = [];
  const asideRows: string[][] = [];
  const asideEntry: number[] = [];
  const keptAside: KeptAside[] = [];

  entries.forEach((entry, index) => {
    const placement = placeEntry(entry, formatId);
    if (placement.row !== undefined) {
      rows.push(placement.row);
      rowEntry.push(index);
    }
    if (placement.aside !== undefined) {
      asideRows.push(placement.aside.row);
      asideEntry.push(index);
      keptAside.push({
        entryIndex: index,
        kind: entry.kind,
        title: entryTitle(entry),
        reason: placement.aside.reason,
        message: asideMessage(placement.aside.reason, shortLabel, entry),
      });
    }
  });

  const files: ConvertedFile[] = [
    {
      role: 'passwords',
      fileSuffix: `-${formatId}.csv`,
      description: format.notesInFormat
        ? `Your logins and notes, ready to import into ${format.label}.`
        : `Your website logins, ready to import into ${format.label}.`,
      columns: format.columns,
      header: format.header,
      rows,
      rowEntry,
      csv: toCsv(format.header, rows, format.quoteAll),
      count: rows.length,
    },
  ];

  if (!format.notesInFormat) {
    // Always written for Chrome and Firefox (even when empty) so the user always finds the same
    // two files and the read-back can tell a missing file from an empty one.
    const header = quotedHeader(KEPT_ASIDE_COLUMNS);
    files.push({
      role: 'kept-aside',
      fileSuffix: `-${formatId}-not-importable-notes-and-details.csv`,
      description: `Notes and details ${shortLabel} cannot import. Keep this file to copy them by hand; it is not for importing.`,
      columns: KEPT_ASIDE_COLUMNS,
      header,
      rows: asideRows,
      rowEntry: asideEntry,
      csv: toCsv(header, asideRows, true),
      count: asideRows.length,
    });
  }

  if (unplaced.length > 0) {
    const header = quotedHeader(UNPLACED_COLUMNS);
    const unplacedRows = unplaced.map((u) => [String(u.line), u.text]);
    files.push({
      role: 'unplaced',
      fileSuffix: '-unreadable-lines.csv',
      description: 'Lines of the export that SafeSwitch could not attach to any entry, with their line numbers.',
      columns: UNPLACED_COLUMNS,
      header,
      rows: unplacedRows,
      rowEntry: unplacedRows.map(() => -1),
      csv: toCsv(header, unplacedRows, true),
      count: unplacedRows.length,
    });
  }

  return { format: formatId, files, keptAside, unplacedLines: unplaced.length, counts: countEntries(entries) };
}

/** Convenience: convert a whole parse result, its unplaced lines included. */
export function convertExport(parsed: KpmParseResult, formatId: PasswordFormatId): Conversion {
  return convertEntries(parsed.entries, formatId, parsed.unplaced);
}

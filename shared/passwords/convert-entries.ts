import type { Conversion, ConvertedFile, KeptAside, KeptAsideReason } from './conversion-types';
import { toCsv } from './csv-text';
import { countEntries, entryTitle, KIND_SECTION } from './entry-text';
import { planFiles, rowsOf, shortFormatLabel } from './file-plan';
import type { KpmEntry, KpmParseResult, UnplacedLine } from './kpm-types';
import type { PasswordFormatId } from './password-formats';

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
  const label = shortFormatLabel(formatId);
  const keptAside: KeptAside[] = [];

  const files: ConvertedFile[] = planFiles(formatId, unplaced.length).map((plan) => {
    const rows: string[][] = [];
    const rowEntry: number[] = [];
    for (const { row, entry, reason } of rowsOf(plan.role, entries, formatId, unplaced)) {
      rows.push(row);
      rowEntry.push(entry);
      const source = entries[entry];
      if (reason !== undefined && source !== undefined) {
        keptAside.push({ entryIndex: entry, kind: source.kind, title: entryTitle(source), reason, message: asideMessage(reason, label, source) });
      }
    }
    return {
      role: plan.role,
      fileSuffix: plan.fileSuffix,
      description: plan.description,
      columns: plan.columns,
      header: plan.header,
      rows,
      rowEntry,
      csv: toCsv(plan.header, rows, plan.quoteAll),
      count: rows.length,
    };
  });

  return { format: formatId, files, keptAside, unplacedLines: unplaced.length, counts: countEntries(entries) };
}

/** Convenience: convert a whole parse result, its unplaced lines included. */
export function convertExport(parsed: KpmParseResult, formatId: PasswordFormatId): Conversion {
  return convertEntries(parsed.entries, formatId, parsed.unplaced);
}

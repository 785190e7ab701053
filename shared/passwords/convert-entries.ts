import type { Conversion, ConvertedFile, KeptAside, KeptAsideReason } from './conversion-types';
import { csvChunks, toCsv } from './csv-text';
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
 * verifyConversion re-derive what should have been written. `rows`, `rowEntry` and `csv` are made
 * from the entries when read, so the entries must not be changed after converting.
 */
export function convertEntries(
  entries: readonly KpmEntry[],
  formatId: PasswordFormatId,
  unplaced: readonly UnplacedLine[] = [],
): Conversion {
  const label = shortFormatLabel(formatId);
  const keptAside: KeptAside[] = [];
  const hasKeptAside = planFiles(formatId, 0).some((p) => p.role === 'kept-aside');

  // Counts and what is kept aside are known now; rows and text are made again from the entries
  // each time they are asked for (rowsOf is pure), so a conversion holds no copy of the passwords.
  const files: ConvertedFile[] = planFiles(formatId, unplaced.length).map((plan) => {
    let count = 0;
    if (plan.role === 'unplaced') count = unplaced.length;
    else if (plan.role === 'passwords' && !hasKeptAside) count = entries.length; // these formats have a row for every entry
    else {
      for (const { entry, reason } of rowsOf(plan.role, entries, formatId, unplaced)) {
        count += 1;
        const source = entries[entry];
        if (reason !== undefined && source !== undefined) {
          keptAside.push({ entryIndex: entry, kind: source.kind, title: entryTitle(source), reason, message: asideMessage(reason, label, source) });
        }
      }
    }
    const rows = (): Iterable<string[]> => mapRows(rowsOf(plan.role, entries, formatId, unplaced), (r) => r.row);
    return {
      role: plan.role,
      fileSuffix: plan.fileSuffix,
      description: plan.description,
      columns: plan.columns,
      header: plan.header,
      get rows() {
        return Array.from(rows());
      },
      get rowEntry() {
        return Array.from(mapRows(rowsOf(plan.role, entries, formatId, unplaced), (r) => r.entry));
      },
      get csv() {
        return toCsv(plan.header, rows(), plan.quoteAll);
      },
      csvChunks: () => csvChunks(plan.header, rows(), plan.quoteAll),
      count,
    };
  });

  return { format: formatId, files, keptAside, unplacedLines: unplaced.length, counts: countEntries(entries) };
}

function* mapRows<T, U>(items: Iterable<T>, pick: (item: T) => U): Generator<U> {
  for (const item of items) yield pick(item);
}

/** Convenience: convert a whole parse result, its unplaced lines included. */
export function convertExport(parsed: KpmParseResult, formatId: PasswordFormatId): Conversion {
  return convertEntries(parsed.entries, formatId, parsed.unplaced);
}

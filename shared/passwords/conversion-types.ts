import type { KpmFieldName, KpmKind } from './kpm-types';
import type { PasswordFormatId } from './password-formats';

/**
 * What a file of a conversion holds:
 * - 'passwords':  the file to import into the chosen password manager (logins, and notes where the
 *                 format has secure notes)
 * - 'kept-aside': entries or details the chosen format has no place for (Chrome/Firefox: notes,
 *                 entries without a web address; Firefox: titles and comments). Never imported,
 *                 kept so nothing is lost; the user is told why.
 * - 'unplaced':   lines of the export the reader could not attach to any entry, with line numbers.
 */
export type ConvertedFileRole = 'passwords' | 'kept-aside' | 'unplaced';

export interface ConvertedFile {
  readonly role: ConvertedFileRole;
  /** Appended to the base name the user chose, e.g. "-bitwarden.csv". Always ends in ".csv". */
  readonly fileSuffix: string;
  /** One plain sentence saying what the file holds. */
  readonly description: string;
  readonly columns: readonly string[];
  /** Exact first line. */
  readonly header: string;
  /** Data rows (without the header), one string per column. Made anew on each read. */
  readonly rows: readonly (readonly string[])[];
  /** rows[i] came from entries[rowEntry[i]]; for the 'unplaced' file, -1. Made anew on each read. */
  readonly rowEntry: readonly number[];
  /** The full file text: header, rows, CRLF line ends, UTF-8 without BOM (importers choke on it). Made anew on each read. */
  readonly csv: string;
  /** `csv` in pieces (their concatenation is `csv`), made as they are taken: for writing large files. */
  readonly csvChunks: () => Iterable<string>;
  /** Number of data rows. */
  readonly count: number;
}

/** Why an entry (or part of it) went to the 'kept-aside' file instead of the import file. */
export type KeptAsideReason = 'note-not-supported' | 'no-web-address' | 'details-not-supported';

export interface KeptAside {
  readonly entryIndex: number;
  readonly kind: KpmKind;
  /** The title the entry has in the conversion (name plus login name). */
  readonly title: string;
  readonly reason: KeptAsideReason;
  /** Plain sentence for the user. */
  readonly message: string;
}

export interface EntryCounts {
  readonly website: number;
  readonly application: number;
  readonly other: number;
  readonly note: number;
  /** website + application + other */
  readonly logins: number;
  readonly notes: number;
  readonly total: number;
}

export interface Conversion {
  readonly format: PasswordFormatId;
  readonly files: readonly ConvertedFile[];
  readonly keptAside: readonly KeptAside[];
  /** Lines of the export that were not part of any entry (also written to the 'unplaced' file). */
  readonly unplacedLines: number;
  readonly counts: EntryCounts;
}

/** A file as it was read back from disk (or any text claimed to be a written file). */
export interface WrittenFile {
  readonly role: ConvertedFileRole;
  readonly text: string;
}

export type DifferenceProblem =
  | 'missing-file'
  | 'unexpected-file'
  | 'unreadable'
  | 'header'
  | 'row-count'
  | 'cell'
  | 'not-carried';

/**
 * One thing the read-back found different. Messages name the entry and the field, never the
 * secret values themselves, so they are safe to show and log.
 */
export interface VerificationDifference {
  readonly problem: DifferenceProblem;
  readonly role: ConvertedFileRole;
  readonly entryIndex?: number;
  /** 1-based line of the entry in the export. */
  readonly entryLine?: number;
  /** 1-based data row in the written file (header not counted). */
  readonly row?: number;
  readonly column?: string;
  readonly field?: KpmFieldName;
  readonly message: string;
}

export interface VerificationResult {
  /** true when every file reads back exactly as intended and every entry's text is in it. */
  readonly ok: boolean;
  readonly format: PasswordFormatId;
  readonly counts: EntryCounts;
  /** Entries found complete in the read-back files. */
  readonly saved: number;
  /** e.g. "212 logins, 14 notes — all 226 saved". */
  readonly summary: string;
  readonly differences: readonly VerificationDifference[];
}

/**
 * What the Kaspersky Password Manager (KPM) text export reader returns.
 * Facts behind the layout: ../../../shared/research detection.md §4.2 and migration.md §4.1.
 */

/** Which KPM section an entry belongs to: Websites, Applications, Other Accounts or Notes. */
export type KpmKind = 'website' | 'application' | 'other' | 'note';

export const KPM_KINDS: readonly KpmKind[] = ['website', 'application', 'other', 'note'];

/**
 * The fields of one entry, under neutral names. Every field is a string ('' when the export left it
 * blank or did not have it), exactly as written: leading zeros, inner and trailing spaces kept.
 *
 * - name:      `Website name` | `Application` | `Account name` | `Name` (notes)
 * - url:       `Website URL` (websites only)
 * - loginName: `Login name` — a display alias in KPM, not the username; kept in the title on export
 * - login:     `Login` — the real username or e-mail
 * - password:  `Password`
 * - notes:     `Comment` (logins) or `Text` (notes); may span many lines, joined with "\n"
 */
export interface KpmFields {
  name: string;
  url: string;
  loginName: string;
  login: string;
  password: string;
  notes: string;
}

export type KpmFieldName = keyof KpmFields;

export const KPM_FIELD_NAMES: readonly KpmFieldName[] = [
  'name',
  'url',
  'loginName',
  'login',
  'password',
  'notes',
];

export interface KpmEntry {
  readonly kind: KpmKind;
  readonly fields: KpmFields;
  /** 1-based line number of the entry's first field in the export. */
  readonly line: number;
}

/** A non-blank line the reader could not attach to any entry. Nothing is dropped silently. */
export interface UnplacedLine {
  /** 1-based line number in the export. */
  readonly line: number;
  readonly text: string;
}

export interface KpmParseResult {
  readonly entries: KpmEntry[];
  readonly unplaced: UnplacedLine[];
  /** How the bytes were read: 'utf-8', 'utf-8 (BOM)', 'utf-16le (BOM)', 'utf-16be (BOM)', 'string'. */
  readonly encoding: string;
  /** Plain-language remarks that are not errors (e.g. characters that could not be decoded). */
  readonly warnings: string[];
}

/** Why an input was refused. */
export type KpmReadFailure = 'empty' | 'binary' | 'not-kpm' | 'too-large';

/**
 * Thrown by parseKpmExport for input that is not a readable KPM export. `message` is a plain
 * sentence for the user; `reason` is for code.
 */
export class NotKpmExportError extends Error {
  readonly reason: KpmReadFailure;

  constructor(reason: KpmReadFailure, message: string) {
    super(message);
    this.name = 'NotKpmExportError';
    this.reason = reason;
  }
}

/** Larger than any real password export; refusing early keeps memory bounded. */
export const MAX_EXPORT_BYTES = 128 * 1024 * 1024;

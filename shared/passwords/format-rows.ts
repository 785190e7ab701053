import { spreadsheetSafe } from './spreadsheet-safe';
import type { KeptAsideReason } from './conversion-types';
import { entryTitle, isLoginLike, KIND_SECTION } from './entry-text';
import type { KpmEntry } from './kpm-types';
import { PASSWORD_FORMATS, type PasswordFormatId } from './password-formats';

/** Where one entry goes in one format: a row of the import file and/or a row kept aside. */
export interface EntryPlacement {
  readonly row?: string[];
  readonly aside?: { readonly reason: KeptAsideReason; readonly row: string[] };
}

/** Columns of the kept-aside file (Chrome and Firefox only). */
export const KEPT_ASIDE_COLUMNS = ['reason', 'kind', 'title', 'url', 'username', 'password', 'notes'] as const;

/** Columns of the file of lines the reader could not place. */
export const UNPLACED_COLUMNS = ['line', 'text'] as const;

/** "Chrome" rather than "Chrome, Edge, Brave or Opera" inside a sentence. */
const SHORT_LABEL = Object.fromEntries(
  Object.values(PASSWORD_FORMATS).map((f) => [f.id, f.label.split(',')[0] ?? f.label]),
) as Record<PasswordFormatId, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Browsers only import an address with a scheme; KPM writes "example.com" (research §4.2). */
export function browserUrl(url: string): string {
  const trimmed = url.trim();
  if (trimmed === '') return '';
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function asideReasonText(reason: KeptAsideReason, formatLabel: string): string {
  switch (reason) {
    case 'note-not-supported':
      return `${formatLabel} cannot import notes`;
    case 'no-web-address':
      return `${formatLabel} only imports passwords for websites`;
    case 'details-not-supported':
      return `${formatLabel} has no place for the title and comment`;
  }
}

/** A kept-aside row is read by a person in a spreadsheet: its cells are made formula-safe. */
function asideRow(entry: KpmEntry, reason: KeptAsideReason, formatLabel: string, withPassword: boolean): string[] {
  const f = entry.fields;
  return [
    asideReasonText(reason, formatLabel),
    KIND_SECTION[entry.kind],
    entryTitle(entry),
    f.url,
    f.login,
    withPassword ? f.password : '',
    f.notes,
  ].map(spreadsheetSafe);
}

/** Maps one entry to its place in the chosen format. Pure; the same answer every time. */
export function placeEntry(entry: KpmEntry, formatId: PasswordFormatId): EntryPlacement {
  const f = entry.fields;
  const title = entryTitle(entry);
  const login = isLoginLike(entry);
  switch (formatId) {
    case 'bitwarden':
      return login
        ? { row: ['', '', 'login', title, f.notes, '', '', f.url, f.login, f.password, ''] }
        : { row: ['', '', 'note', title, f.notes, '', '', '', '', '', ''] };
    case '1password':
      return { row: [title, f.url, f.login, f.password, f.notes] };
    case 'proton': {
      if (!login) return { row: ['note', title, '', '', '', '', f.notes, '', ''] };
      const isEmail = EMAIL.test(f.login);
      return { row: ['login', title, f.url, isEmail ? f.login : '', isEmail ? '' : f.login, f.password, f.notes, '', ''] };
    }
    case 'keepassxc':
      return { row: [KIND_SECTION[entry.kind], title, f.login, f.password, f.url, f.notes] };
    case 'chrome': {
      if (!login) return { aside: { reason: 'note-not-supported', row: asideRow(entry, 'note-not-supported', SHORT_LABEL[formatId], true) } };
      if (f.url.trim() === '') return { aside: { reason: 'no-web-address', row: asideRow(entry, 'no-web-address', SHORT_LABEL[formatId], true) } };
      return { row: [title, browserUrl(f.url), f.login, f.password, f.notes] };
    }
    case 'firefox': {
      if (!login) return { aside: { reason: 'note-not-supported', row: asideRow(entry, 'note-not-supported', SHORT_LABEL[formatId], true) } };
      if (f.url.trim() === '') return { aside: { reason: 'no-web-address', row: asideRow(entry, 'no-web-address', SHORT_LABEL[formatId], true) } };
      // Firefox keeps only address, username and password; the title (with the login name) and
      // the comment are kept aside, without a second copy of the password.
      return {
        row: [browserUrl(f.url), f.login, f.password, '', '', '', '', '', ''],
        aside: { reason: 'details-not-supported', row: asideRow(entry, 'details-not-supported', SHORT_LABEL[formatId], false) },
      };
    }
  }
}

/**
 * The six CSV formats SafeSwitch writes. Headers are a MUST of design.md ("Password CSV headers"):
 * the `header` string is written byte for byte as the first line.
 */

export type PasswordFormatId = 'bitwarden' | 'chrome' | 'firefox' | '1password' | 'proton' | 'keepassxc';

export const PASSWORD_FORMAT_IDS: readonly PasswordFormatId[] = [
  'bitwarden',
  'chrome',
  'firefox',
  '1password',
  'proton',
  'keepassxc',
];

export interface PasswordFormat {
  readonly id: PasswordFormatId;
  /** Name to show the user. */
  readonly label: string;
  /** Column names, in order. */
  readonly columns: readonly string[];
  /** The exact first line of the file (design.md). */
  readonly header: string;
  /** Quote every cell (Firefox and KeePassXC write their own files that way). */
  readonly quoteAll: boolean;
  /**
   * true: notes become secure notes in the same file.
   * false: the format has no place for a note without a login (Chrome, Firefox), so notes — and
   * anything else it cannot hold — go to a second, clearly named file.
   */
  readonly notesInFormat: boolean;
  /** Whether an entry needs a web address to be importable at all (browsers only keep websites). */
  readonly needsUrl: boolean;
}

function format(
  id: PasswordFormatId,
  label: string,
  columns: readonly string[],
  quoteAll: boolean,
  notesInFormat: boolean,
  needsUrl: boolean,
): PasswordFormat {
  const header = columns.map((c) => (quoteAll ? `"${c}"` : c)).join(',');
  return { id, label, columns, header, quoteAll, notesInFormat, needsUrl };
}

export const PASSWORD_FORMATS: Readonly<Record<PasswordFormatId, PasswordFormat>> = {
  bitwarden: format(
    'bitwarden',
    'Bitwarden',
    ['folder', 'favorite', 'type', 'name', 'notes', 'fields', 'reprompt', 'login_uri', 'login_username', 'login_password', 'login_totp'],
    false,
    true,
    false,
  ),
  chrome: format('chrome', 'Chrome, Edge, Brave or Opera', ['name', 'url', 'username', 'password', 'note'], false, false, true),
  firefox: format(
    'firefox',
    'Firefox',
    ['url', 'username', 'password', 'httpRealm', 'formActionOrigin', 'guid', 'timeCreated', 'timeLastUsed', 'timePasswordChanged'],
    true,
    false,
    true,
  ),
  '1password': format('1password', '1Password', ['title', 'website', 'username', 'password', 'notes'], false, true, false),
  // `type` first: Proton Pass's own CSV reader (WebClients, protonpass.csv.reader.ts) imports a row
  // with no type as a login and a row of type `note` as a note; `login` and `note` are what it writes.
  proton: format('proton', 'Proton Pass', ['type', 'name', 'url', 'email', 'username', 'password', 'note', 'totp', 'vault'], false, true, false),
  keepassxc: format('keepassxc', 'KeePassXC', ['Group', 'Title', 'Username', 'Password', 'URL', 'Notes'], true, true, false),
};

export function isPasswordFormatId(value: string): value is PasswordFormatId {
  return (PASSWORD_FORMAT_IDS as readonly string[]).includes(value);
}

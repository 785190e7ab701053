/**
 * Spreadsheet formula injection (CSV injection): a cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is run as a formula when the file is opened in Excel, LibreOffice or Google
 * Sheets. The kept-aside and unreadable-lines files are made to be opened there, by people, so such
 * a cell gets a leading apostrophe (the OWASP advice): the spreadsheet shows the text, runs nothing.
 *
 * The import files (passwords-<format>.csv) are never changed this way: they go to a password
 * manager's importer, which takes every cell as text, and a password is a password, byte for byte.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

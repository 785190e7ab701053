import type { KpmFieldName, KpmKind } from './kpm-types';

/**
 * Field labels of the KPM text export, English and Russian.
 * English: Proton Pass fixture and Bitwarden importer (research detection.md §4.2).
 * Russian: one importer's map (single source): Название сайта, Адрес сайта, Логин, Пароль,
 * Комментарий, Текст, Приложение, Название учетной записи, Имя логина. The note title ("Название"
 * / "Имя") and the "ё" spelling are our guesses, accepted because they cost nothing.
 */
export interface LabelInfo {
  readonly field: KpmFieldName;
  /** Set for the labels that name an entry and so tell its kind. */
  readonly kind?: KpmKind;
}

const LABEL_LIST: Record<string, LabelInfo> = {
  'Website name': { field: 'name', kind: 'website' },
  'Website URL': { field: 'url' },
  Application: { field: 'name', kind: 'application' },
  'Account name': { field: 'name', kind: 'other' },
  Name: { field: 'name', kind: 'note' },
  'Login name': { field: 'loginName' },
  Login: { field: 'login' },
  Password: { field: 'password' },
  Comment: { field: 'notes' },
  Text: { field: 'notes' },

  'Название сайта': { field: 'name', kind: 'website' },
  'Адрес сайта': { field: 'url' },
  Приложение: { field: 'name', kind: 'application' },
  'Название учетной записи': { field: 'name', kind: 'other' },
  'Название учётной записи': { field: 'name', kind: 'other' },
  Название: { field: 'name', kind: 'note' },
  Имя: { field: 'name', kind: 'note' },
  'Имя логина': { field: 'loginName' },
  Логин: { field: 'login' },
  Пароль: { field: 'password' },
  Комментарий: { field: 'notes' },
  Текст: { field: 'notes' },
};

/** Section headers: a bare line. Russian headers are unverified guesses (research says so). */
const SECTION_LIST: Record<string, KpmKind> = {
  Websites: 'website',
  Applications: 'application',
  'Other Accounts': 'other',
  Notes: 'note',
  'Веб-сайты': 'website',
  Сайты: 'website',
  Приложения: 'application',
  'Другие учетные записи': 'other',
  'Другие учётные записи': 'other',
  Заметки: 'note',
};

// Maps, not objects: no prototype keys ("constructor:") and fast lookups on 100,000-entry exports.
const LABELS = new Map<string, LabelInfo>(Object.entries(LABEL_LIST));
const SECTIONS = new Map<string, KpmKind>(Object.entries(SECTION_LIST));
const LONGEST_LABEL = Math.max(...Object.keys(LABEL_LIST).map((k) => k.length));
const LONGEST_SECTION = Math.max(...Object.keys(SECTION_LIST).map((k) => k.length));
/** Labels by the code of their first character (Latin and Cyrillic: all below 0x500). */
const LABELS_BY_FIRST: ([string, LabelInfo][] | undefined)[] = [];
for (const [label, info] of LABELS) {
  const first = label.charCodeAt(0);
  LABELS_BY_FIRST[first] = [...(LABELS_BY_FIRST[first] ?? []), [label, info]];
}

/** line.startsWith(label) by character: the built-in is slow on slices of a two-byte string. */
function startsWith(line: string, label: string): boolean {
  for (let i = 0; i < label.length; i += 1) if (line.charCodeAt(i) !== label.charCodeAt(i)) return false;
  return true;
}
const SECTION_FIRST = new Set(Object.keys(SECTION_LIST).map((k) => k.charCodeAt(0)));

export interface LabelledLine {
  readonly info: LabelInfo;
  readonly label: string;
  /** Everything after "Label: " (or '' for "Label:" / "Label: "), untouched. */
  readonly value: string;
}

/**
 * Reads a `Label: value` line. The label must be a known one and the line must start with it,
 * so a value that itself contains ": " is never split.
 */
export function readLabelledLine(line: string): LabelledLine | undefined {
  // Same answer as LABELS.get(line.slice(0, line.indexOf(':'))), without making the label string
  // for each of the ~900,000 lines of a large export: candidates by first character, then compare.
  const candidates = LABELS_BY_FIRST[line.charCodeAt(0)];
  if (candidates === undefined) return undefined;
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > LONGEST_LABEL) return undefined;
  for (let i = 0; i < candidates.length; i += 1) {
    const [label, info] = candidates[i] as [string, LabelInfo];
    if (label.length !== colon || !startsWith(line, label)) continue;
    // KPM writes "Label: value"; a blank value is "Label:" or "Label: ". Anything else after the
    // colon (no space) is still the value — nothing is dropped.
    const value = line.charCodeAt(colon + 1) === 32 ? line.slice(colon + 2) : line.slice(colon + 1);
    return { info, label, value };
  }
  return undefined;
}

/** The kind of a section header line, or undefined if the line is not one. */
export function readSectionHeader(line: string): KpmKind | undefined {
  if (line.length > LONGEST_SECTION + 8) return undefined;
  // Most note lines start with a printable ASCII character no header starts with: no trim needed.
  const c = line.charCodeAt(0);
  if (c > 32 && c < 127 && !SECTION_FIRST.has(c)) return undefined;
  return SECTIONS.get(line.trim());
}

/** True for a line that starts an entry (its naming label). */
export function isEntryStart(line: string): boolean {
  return readLabelledLine(line)?.info.kind !== undefined;
}

export function isSeparator(line: string): boolean {
  return line.length < 12 && line.trim() === '---';
}

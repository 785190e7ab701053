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
const LONGEST_SECTION = Math.max(...Object.keys(SECTION_LIST).map((k) => k.length));
/** Labels by the code of their first character (Latin and Cyrillic: all below 0x500). */
const LABELS_BY_FIRST: ([string, LabelInfo][] | undefined)[] = [];
for (const [label, info] of LABELS) {
  const first = label.charCodeAt(0);
  LABELS_BY_FIRST[first] = [...(LABELS_BY_FIRST[first] ?? []), [label, info]];
}

/** text.startsWith(label, at) by character: the built-in is slow on a two-byte string. */
function startsWithAt(text: string, at: number, label: string): boolean {
  for (let i = 0; i < label.length; i += 1) if (text.charCodeAt(at + i) !== label.charCodeAt(i)) return false;
  return true;
}

export interface LabelledLine {
  readonly info: LabelInfo;
  readonly label: string;
  /** Everything after "Label: " (or '' for "Label:" / "Label: "), untouched. */
  readonly value: string;
}

/**
 * The known label the line text[start, end) starts with, followed by its colon, or undefined.
 * Labels hold no colon, so "starts with the label and then ':'" is the same as "the text before
 * the first colon is the label". Works by index: no string is made for the line.
 */
export function labelAt(text: string, start: number, _end: number): readonly [string, LabelInfo] | undefined {
  // An empty line starts with a line break or nothing: no label starts with either.
  const candidates = LABELS_BY_FIRST[text.charCodeAt(start)];
  if (candidates === undefined) return undefined;
  for (let i = 0; i < candidates.length; i += 1) {
    const candidate = candidates[i] as [string, LabelInfo];
    // Labels hold no line break, so a label that runs past the line's end never matches it.
    if (startsWithAt(text, start, candidate[0]) && text.charCodeAt(start + candidate[0].length) === 58) return candidate;
  }
  return undefined;
}

/**
 * Where the value of a line starting with `label` begins: KPM writes "Label: value"; a blank value
 * is "Label:" or "Label: ". Anything else after the colon (no space) is still the value.
 */
export function valueStartAt(text: string, start: number, label: string): number {
  // At the line's end the next character is a line break (or nothing), never a space.
  const after = start + label.length + 1;
  return text.charCodeAt(after) === 32 ? after + 1 : after;
}

/**
 * Reads a `Label: value` line. The label must be a known one and the line must start with it,
 * so a value that itself contains ": " is never split.
 */
export function readLabelledLine(line: string): LabelledLine | undefined {
  const found = labelAt(line, 0, line.length);
  if (found === undefined) return undefined;
  const [label, info] = found;
  return { info, label, value: line.slice(valueStartAt(line, 0, label)) };
}

/** The kind of a section header line, or undefined if the line is not one. */
export function readSectionHeader(line: string): KpmKind | undefined {
  return sectionAt(line, 0, line.length);
}

/** readSectionHeader for the line text[start, end), slicing it only when it may be a header. */
export function sectionAt(text: string, start: number, end: number): KpmKind | undefined {
  // A header may have up to 8 characters of white space around it; a longer line is never one.
  if (end - start > LONGEST_SECTION + 8) return undefined;
  return SECTIONS.get(text.slice(start, end).trim());
}

/** True for a line that starts an entry (its naming label). */
export function isEntryStart(line: string): boolean {
  return readLabelledLine(line)?.info.kind !== undefined;
}

export function isSeparator(line: string): boolean {
  return line.length < 12 && line.trim() === '---';
}

/** isSeparator for the line text[start, end). */
export function isSeparatorAt(text: string, start: number, end: number): boolean {
  return end - start < 12 && text.slice(start, end).trim() === '---';
}

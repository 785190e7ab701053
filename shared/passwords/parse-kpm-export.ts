import { decodeExport } from './decode-export';
import { LineCursor } from './line-cursor';
import { isEntryStart, isSeparator, isSeparatorAt, labelAt, readSectionHeader, sectionAt, valueStartAt } from './kpm-labels';
import {
  NotKpmExportError,
  type KpmEntry,
  type KpmFieldName,
  type KpmFields,
  type KpmKind,
  type KpmParseResult,
  type UnplacedLine,
} from './kpm-types';

/** The characters String.prototype.trim() removes (ECMAScript WhiteSpace and LineTerminator). */
const WHITE_SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** True when text[start, end) is empty or only white space, read in place (no slice per line). */
export function isBlankAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (!WHITE_SPACE.has(text.charCodeAt(i))) return false;
  return true;
}

interface Draft {
  readonly line: number;
  /** Filled in as labels are read; `seen` tells which were actually present (one bit per field). */
  readonly fields: KpmFields;
  seen: number;
  kindFromLabel: KpmKind | undefined;
  readonly section: KpmKind | undefined;
  sawText: boolean;
  labels: number;
  /** True once Comment/Text is seen: every following line belongs to it until the entry ends. */
  inNotes: boolean;
  /** Lines of the note after its first one (most comments have none, so no array for them). */
  moreNotes: string[] | undefined;
}

/**
 * Reads a Kaspersky Password Manager text export. Returns every entry with its kind and fields and
 * every non-blank line it could not place, with its line number. Throws NotKpmExportError (with a
 * plain-language message) for empty, binary, oversized or non-KPM input; never anything else.
 */
export function parseKpmExport(input: Uint8Array | string): KpmParseResult {
  const decoded = decodeExport(input);
  const text = decoded.text;
  if (!/\S/.test(text)) {
    throw new NotKpmExportError(
      'empty',
      'This file is empty, so it does not look like a Kaspersky Password Manager export. Export your passwords again from Kaspersky Password Manager and choose the new file.',
    );
  }
  if (looksBinary(text)) {
    throw new NotKpmExportError(
      'binary',
      'This does not look like a Kaspersky Password Manager export: it is not a text file. Choose the .txt file that Kaspersky Password Manager exported (a backup .edb file cannot be read).',
    );
  }

  const cursor = new LineCursor(text);
  const entries: KpmEntry[] = [];
  const unplaced: UnplacedLine[] = [];
  let section: KpmKind | undefined;
  let sawHeader = false;
  let trusted = false;
  let current: Draft | undefined;

  const finish = (): void => {
    if (current === undefined) return;
    const draft = current;
    current = undefined;
    const more = draft.moreNotes;
    if (more !== undefined) {
      // Blank lines before the `---` are layout, not note text.
      while (more.length > 0 && more[more.length - 1] === '') more.pop();
      if (more.length > 0) draft.fields.notes = `${draft.fields.notes}\n${more.join('\n')}`;
    }
    if (draft.kindFromLabel !== undefined && draft.labels >= 2) trusted = true;
    entries.push({
      kind: draft.kindFromLabel ?? draft.section ?? (draft.sawText ? 'note' : 'website'),
      fields: draft.fields,
      line: draft.line,
    });
  };

  // Lines are looked at by index (start, end) and sliced only for what is kept: most of a large
  // export's ~900,000 lines are labels, blanks and separators, which need no string of their own.
  /** Whether the line before this one was blank (undefined before the first line). */
  let previousBlank: boolean | undefined;
  for (; cursor.advance(); previousBlank = isBlankAt(text, cursor.start, cursor.end)) {
    const { lineNo, start, end } = cursor;
    const draft: Draft | undefined = current;

    if (draft?.inNotes === true) {
      // Inside a multi-line Comment/Text. A `---` or a section header ends it only when what follows
      // really starts something new; otherwise it is part of the note (the format is ambiguous).
      if (isSeparatorAt(text, start, end) && nextStartsSomething(cursor.fork())) {
        finish();
        continue;
      }
      // A header on its own between blank lines (KPM's layout) also ends it, so a damaged first
      // entry of the next section cannot pull that whole section into this note.
      const header = sectionAt(text, start, end);
      if (header !== undefined && (standsAlone(previousBlank, cursor.fork()) || nextStartsSomething(cursor.fork()))) {
        finish();
        section = header;
        sawHeader = true;
        continue;
      }
      const line = text.slice(start, end);
      if (draft.moreNotes === undefined) draft.moreNotes = [line];
      else draft.moreNotes.push(line);
      continue;
    }

    if (isBlankAt(text, start, end)) continue;
    // Labels contain a colon; separators and headers do not, so the order of these checks is free.
    const labelled = labelAt(text, start, end);
    if (labelled === undefined) {
      if (isSeparatorAt(text, start, end)) {
        finish();
        continue;
      }
      const header = sectionAt(text, start, end);
      if (header !== undefined) {
        finish();
        section = header;
        sawHeader = true;
        continue;
      }
      unplaced.push({ line: lineNo, text: text.slice(start, end) });
      continue;
    }
    const [label, info] = labelled;
    if (current !== undefined && (info.kind !== undefined || hasSeen(current, info.field))) {
      if (info.kind !== undefined) {
        // A naming label always opens a new entry, even without a `---` before it.
        finish();
      } else {
        // The same field twice in one entry: keep the first, report this line.
        unplaced.push({ line: lineNo, text: text.slice(start, end) });
        continue;
      }
    }
    const target: Draft = current ?? {
      line: lineNo,
      fields: { name: '', url: '', loginName: '', login: '', password: '', notes: '' },
      seen: 0,
      kindFromLabel: undefined,
      section,
      sawText: false,
      labels: 0,
      inNotes: false,
      moreNotes: undefined,
    };
    current = target;
    target.labels += 1;
    if (info.kind !== undefined) target.kindFromLabel = info.kind;
    setField(target, info.field, text.slice(valueStartAt(text, start, label), end), label);
  }
  finish();

  if (!sawHeader && !trusted) {
    throw new NotKpmExportError(
      'not-kpm',
      'This does not look like a Kaspersky Password Manager export: it has none of its sections (Websites, Applications, Other Accounts, Notes). Choose the .txt file that Kaspersky Password Manager exported.',
    );
  }
  return { entries, unplaced, encoding: decoded.encoding, warnings: decoded.warnings };
}

const FIELD_BIT: Readonly<Record<KpmFieldName, number>> = { name: 1, url: 2, loginName: 4, login: 8, password: 16, notes: 32 };

function hasSeen(draft: Draft, field: KpmFieldName): boolean {
  return (draft.seen & FIELD_BIT[field]) !== 0;
}

function setField(draft: Draft, field: KpmFieldName, value: string, label: string): void {
  draft.seen |= FIELD_BIT[field];
  // Named stores, not fields[field]: a store by a changing key is the slow, generic kind.
  const f = draft.fields;
  switch (field) {
    case 'name':
      f.name = value;
      break;
    case 'url':
      f.url = value;
      break;
    case 'loginName':
      f.loginName = value;
      break;
    case 'login':
      f.login = value;
      break;
    case 'password':
      f.password = value;
      break;
    case 'notes':
      f.notes = value;
      break;
  }
  if (field === 'notes') {
    draft.inNotes = true;
    if (label === 'Text' || label === 'Текст') draft.sawText = true;
  }
}

function standsAlone(previousBlank: boolean | undefined, ahead: LineCursor): boolean {
  if (previousBlank !== true) return false;
  const after = ahead.next();
  return after === undefined || after.trim() === '';
}

/** True when the next non-blank line starts an entry, a section, an empty entry, or is the end. */
function nextStartsSomething(ahead: LineCursor): boolean {
  for (let next = ahead.next(); next !== undefined; next = ahead.next()) {
    if (next.trim() === '') continue;
    return isEntryStart(next) || isSeparator(next) || readSectionHeader(next) !== undefined;
  }
  return true;
}

/**
 * Many NULs or other control characters: an executable, an image, an encrypted backup. A few stray
 * ones in a real export must not cost the user the whole file, so it takes more than 1% (min. 8).
 */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control += 1;
  }
  return control > Math.max(8, sample.length / 100);
}

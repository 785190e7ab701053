import { decodeExport } from './decode-export';
import { isEntryStart, isSeparator, readLabelledLine, readSectionHeader } from './kpm-labels';
import {
  NotKpmExportError,
  type KpmEntry,
  type KpmFieldName,
  type KpmFields,
  type KpmKind,
  type KpmParseResult,
  type UnplacedLine,
} from './kpm-types';

/**
 * Line breaks: CRLF (Windows exports), LF, a lone CR, and CR CR LF — which KPM writes for line
 * breaks inside Comment/Text (research §4.2, Cappella's converter) — each count as ONE break.
 */
const LINE_BREAK = /\r\r\n|\r\n|\n|\r/;

interface Draft {
  readonly line: number;
  readonly fields: Partial<KpmFields>;
  kindFromLabel: KpmKind | undefined;
  readonly section: KpmKind | undefined;
  sawText: boolean;
  labels: number;
  /** Set once Comment/Text is seen: every following line belongs to it until the entry ends. */
  notesLines: string[] | undefined;
}

/**
 * Reads a Kaspersky Password Manager text export. Returns every entry with its kind and fields and
 * every non-blank line it could not place, with its line number. Throws NotKpmExportError (with a
 * plain-language message) for empty, binary, oversized or non-KPM input; never anything else.
 */
export function parseKpmExport(input: Uint8Array | string): KpmParseResult {
  const decoded = decodeExport(input);
  const text = decoded.text;
  if (text.trim() === '') {
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

  const lines = text.split(LINE_BREAK);
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
    if (draft.notesLines !== undefined) {
      const notes = draft.notesLines;
      while (notes.length > 1 && notes[notes.length - 1] === '') notes.pop();
      draft.fields.notes = notes.join('\n');
    }
    if (draft.kindFromLabel !== undefined && draft.labels >= 2) trusted = true;
    entries.push({
      kind: draft.kindFromLabel ?? draft.section ?? (draft.sawText ? 'note' : 'website'),
      fields: {
        name: draft.fields.name ?? '',
        url: draft.fields.url ?? '',
        loginName: draft.fields.loginName ?? '',
        login: draft.fields.login ?? '',
        password: draft.fields.password ?? '',
        notes: draft.fields.notes ?? '',
      },
      line: draft.line,
    });
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const draft: Draft | undefined = current;

    if (draft?.notesLines !== undefined) {
      // Inside a multi-line Comment/Text. A `---` or a section header ends it only when what follows
      // really starts something new; otherwise it is part of the note (the format is ambiguous).
      if (isSeparator(line) && nextStartsSomething(lines, i + 1)) {
        finish();
        continue;
      }
      // A header on its own between blank lines (KPM's layout) also ends it, so a damaged first
      // entry of the next section cannot pull that whole section into this note.
      const header = readSectionHeader(line);
      if (header !== undefined && (standsAlone(lines, i) || nextStartsSomething(lines, i + 1))) {
        finish();
        section = header;
        sawHeader = true;
        continue;
      }
      draft.notesLines.push(line);
      continue;
    }

    if (line.trim() === '') continue;
    if (isSeparator(line)) {
      finish();
      continue;
    }
    const header = readSectionHeader(line);
    if (header !== undefined) {
      finish();
      section = header;
      sawHeader = true;
      continue;
    }
    const labelled = readLabelledLine(line);
    if (labelled === undefined) {
      unplaced.push({ line: i + 1, text: line });
      continue;
    }
    const { info, value } = labelled;
    if (current !== undefined && (info.kind !== undefined || current.fields[info.field] !== undefined)) {
      if (info.kind !== undefined) {
        // A naming label always opens a new entry, even without a `---` before it.
        finish();
      } else {
        // The same field twice in one entry: keep the first, report this line.
        unplaced.push({ line: i + 1, text: line });
        continue;
      }
    }
    const target: Draft = current ?? {
      line: i + 1,
      fields: {},
      kindFromLabel: undefined,
      section,
      sawText: false,
      labels: 0,
      notesLines: undefined,
    };
    current = target;
    target.labels += 1;
    if (info.kind !== undefined) target.kindFromLabel = info.kind;
    setField(target, info.field, value, labelled.label);
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

function setField(draft: Draft, field: KpmFieldName, value: string, label: string): void {
  if (field === 'notes') {
    draft.notesLines = [value];
    draft.fields.notes = value;
    if (label === 'Text' || label === 'Текст') draft.sawText = true;
    return;
  }
  draft.fields[field] = value;
}

function standsAlone(lines: readonly string[], i: number): boolean {
  const before = lines[i - 1];
  const after = lines[i + 1];
  return before !== undefined && before.trim() === '' && (after === undefined || after.trim() === '');
}

/** True when the next non-blank line starts an entry, a section, an empty entry, or is the end. */
function nextStartsSomething(lines: readonly string[], from: number): boolean {
  for (let j = from; j < lines.length; j += 1) {
    const next = lines[j] ?? '';
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

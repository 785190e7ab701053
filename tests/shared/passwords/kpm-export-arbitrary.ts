import fc from 'fast-check';
import type { KpmEntry, KpmFields, KpmKind } from '@shared/passwords';

/**
 * fast-check generators for valid KPM text exports, with the layout freedom the research describes
 * (sections in any order or missing, `---` with or without blank lines, a last entry with or without
 * `---`, LF/CRLF, CR CR LF inside notes, BOM), plus where each section's lines are, for mutation.
 */

const HEADERS: Record<KpmKind, string> = { website: 'Websites', application: 'Applications', other: 'Other Accounts', note: 'Notes' };
const SECTION_WORDS = new Set(['Websites', 'Applications', 'Other Accounts', 'Notes', 'Веб-сайты', 'Сайты', 'Приложения', 'Другие учетные записи', 'Другие учётные записи', 'Заметки']);

const char = fc.constantFrom('a', 'Z', '0', '7', ' ', ':', ',', '"', '-', '=', '#', 'é', 'Ж', '🔑', '名', '\t', "'", '.', '@', '/');
const singleLine = fc.string({ unit: char, maxLength: 10 });
const noteLine = fc
  .oneof(singleLine, fc.constantFrom('Password: looks like a field', 'Website name: fake', 'Login:', '----', '--', 'Name: x'))
  .filter((l) => l.trim() !== '---' && !SECTION_WORDS.has(l.trim()));
const noteLines = fc.array(noteLine, { minLength: 1, maxLength: 4 }).filter((ls) => (ls[ls.length - 1] ?? '') !== '');

export interface GeneratedEntry {
  readonly kind: KpmKind;
  readonly fields: KpmFields;
  /** Lines of the Comment/Text value (first one follows the label). */
  readonly notesLines: readonly string[];
}

const entryOf = (kind: KpmKind): fc.Arbitrary<GeneratedEntry> =>
  fc.record({ name: singleLine, url: singleLine, loginName: singleLine, login: singleLine, password: singleLine, notes: fc.oneof(fc.constant(['']), noteLines) }).map((r) => ({
    kind,
    notesLines: r.notes,
    fields: {
      name: r.name,
      url: kind === 'website' ? r.url : '',
      loginName: kind === 'note' ? '' : r.loginName,
      login: kind === 'note' ? '' : r.login,
      password: kind === 'note' ? '' : r.password,
      notes: r.notes.join('\n'),
    },
  }));

export interface GeneratedSection {
  readonly kind: KpmKind;
  readonly entries: readonly GeneratedEntry[];
  readonly separatorAfterLast: boolean;
}

export interface GeneratedExport {
  readonly sections: readonly GeneratedSection[];
  readonly crlf: boolean;
  readonly crcrlfInNotes: boolean;
  readonly bom: boolean;
  /** Per separator: blank line before / after it. */
  readonly blanks: readonly boolean[];
}

export const exportArb: fc.Arbitrary<GeneratedExport> = fc
  .record({
    order: fc.shuffledSubarray(['website', 'application', 'other', 'note'] as KpmKind[], { minLength: 1 }),
    crlf: fc.boolean(),
    crcrlfInNotes: fc.boolean(),
    bom: fc.boolean(),
    blanks: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    seed: fc.array(fc.tuple(fc.nat({ max: 3 }), fc.boolean()), { minLength: 4, maxLength: 4 }),
  })
  .chain((r) =>
    fc
      .tuple(...r.order.map((kind, i) => fc.array(entryOf(kind), { maxLength: (r.seed[i]?.[0] ?? 0) + 1 })))
      .map((lists) => ({
        sections: r.order.map((kind, i) => ({ kind, entries: lists[i] ?? [], separatorAfterLast: r.seed[i]?.[1] ?? true })),
        crlf: r.crlf,
        crcrlfInNotes: r.crlf && r.crcrlfInNotes,
        bom: r.bom,
        blanks: r.blanks,
      })),
  );

/** One line of the export and the line break that follows it. */
export interface Line {
  text: string;
  brk: string;
}

export interface Serialized {
  readonly lines: Line[];
  /** For each section: [first body line, end) as indexes into lines (the header line excluded). */
  readonly bodies: readonly { kind: KpmKind; start: number; end: number }[];
  /** The entries as the reader must return them, with their 1-based line numbers. */
  readonly expected: readonly KpmEntry[];
  /** Section index of each expected entry. */
  readonly sectionOf: readonly number[];
}

const LABELS: Record<KpmKind, [keyof KpmFields, string][]> = {
  website: [['name', 'Website name'], ['url', 'Website URL'], ['loginName', 'Login name'], ['login', 'Login'], ['password', 'Password'], ['notes', 'Comment']],
  application: [['name', 'Application'], ['loginName', 'Login name'], ['login', 'Login'], ['password', 'Password'], ['notes', 'Comment']],
  other: [['name', 'Account name'], ['loginName', 'Login name'], ['login', 'Login'], ['password', 'Password'], ['notes', 'Comment']],
  note: [['name', 'Name'], ['notes', 'Text']],
};

export function serialize(g: GeneratedExport): Serialized {
  const nl = g.crlf ? '\r\n' : '\n';
  const noteBreak = g.crcrlfInNotes ? '\r\r\n' : nl;
  const lines: Line[] = [];
  const bodies: { kind: KpmKind; start: number; end: number }[] = [];
  const expected: KpmEntry[] = [];
  const sectionOf: number[] = [];
  let blank = 0;
  const push = (text: string, brk = nl): void => {
    lines.push({ text, brk });
  };
  const maybeBlank = (): void => {
    if (g.blanks[blank++ % g.blanks.length]) push('');
  };
  g.sections.forEach((section, s) => {
    push(HEADERS[section.kind]);
    push('');
    const start = lines.length;
    section.entries.forEach((entry, i) => {
      expected.push({ kind: entry.kind, fields: entry.fields, line: lines.length + 1 });
      sectionOf.push(s);
      for (const [field, label] of LABELS[entry.kind]) {
        if (field !== 'notes') {
          const value = entry.fields[field];
          push(value === '' && blank % 2 === 0 ? `${label}:` : `${label}: ${value}`);
          continue;
        }
        entry.notesLines.forEach((l, k) => {
          const last = k === entry.notesLines.length - 1;
          push(k === 0 ? (l === '' ? `${label}:` : `${label}: ${l}`) : l, last ? nl : noteBreak);
        });
      }
      if (i < section.entries.length - 1 || section.separatorAfterLast) {
        push(''); // KPM always writes a blank line after the comment; a note's trailing blank is not text
        push('---');
        maybeBlank();
      } else push('');
    });
    bodies.push({ kind: section.kind, start, end: lines.length });
  });
  return { lines, bodies, expected, sectionOf };
}

export function joinLines(lines: readonly Line[]): string {
  return lines.map((l) => l.text + l.brk).join('');
}

export function encode(text: string, bom: boolean): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  if (!bom) return bytes;
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}

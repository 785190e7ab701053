import { describe, expect, it } from 'vitest';
import { NotKpmExportError, parseKpmExport } from '@shared/passwords';
import { isBlankAt } from '@shared/passwords/parse-kpm-export';
import { isSeparator, isSeparatorAt, labelAt, readLabelledLine, readSectionHeader, sectionAt } from '@shared/passwords/kpm-labels';

/**
 * Tests written against the survivors of `npm run mutation -- parse-kpm-export` and `-- kpm-labels`:
 * every label and section header the reader knows, the edges of its line tests, and the cases where
 * a note's text looks like the start of something else.
 *
 * Survivors left, each equivalent:
 * - kpm-labels, the LABELS_BY_FIRST table (`[]` → `["Stryker was here"]`, `?? []` → `&& []`): it is
 *   built once when the module loads. Stryker's Vitest runner keeps modules loaded between mutants,
 *   so a change there is never run; the `&& []` one would make the module fail to load, which
 *   every test here would show in a fresh process.
 * - parse-kpm-export, `more.length > 0` → `>= 0` or `true` when trimming blank note lines: on an
 *   empty list `more[-1]` is undefined, never '', so the loop stops either way.
 * - parse-kpm-export, looksBinary: `text.length > 65536` → `true` or `>= 65536` (slicing a text to
 *   at most its own length is the text), and `i < sample.length` → `<=` (charCodeAt past the end is
 *   NaN, which is never counted as a control character).
 */
const LABELS: [string, { field: string; kind?: string }][] = [
  ['Website name', { field: 'name', kind: 'website' }],
  ['Website URL', { field: 'url' }],
  ['Application', { field: 'name', kind: 'application' }],
  ['Account name', { field: 'name', kind: 'other' }],
  ['Name', { field: 'name', kind: 'note' }],
  ['Login name', { field: 'loginName' }],
  ['Login', { field: 'login' }],
  ['Password', { field: 'password' }],
  ['Comment', { field: 'notes' }],
  ['Text', { field: 'notes' }],
  ['Название сайта', { field: 'name', kind: 'website' }],
  ['Адрес сайта', { field: 'url' }],
  ['Приложение', { field: 'name', kind: 'application' }],
  ['Название учетной записи', { field: 'name', kind: 'other' }],
  ['Название учётной записи', { field: 'name', kind: 'other' }],
  ['Название', { field: 'name', kind: 'note' }],
  ['Имя', { field: 'name', kind: 'note' }],
  ['Имя логина', { field: 'loginName' }],
  ['Логин', { field: 'login' }],
  ['Пароль', { field: 'password' }],
  ['Комментарий', { field: 'notes' }],
  ['Текст', { field: 'notes' }],
];
const SECTIONS: [string, string][] = [
  ['Websites', 'website'],
  ['Applications', 'application'],
  ['Other Accounts', 'other'],
  ['Notes', 'note'],
  ['Веб-сайты', 'website'],
  ['Сайты', 'website'],
  ['Приложения', 'application'],
  ['Другие учетные записи', 'other'],
  ['Другие учётные записи', 'other'],
  ['Заметки', 'note'],
];
const LONGEST_SECTION = Math.max(...SECTIONS.map(([h]) => h.length));

describe('labels', () => {
  it.each(LABELS)('%s: is read as its field and kind, with its value', (label, info) => {
    expect(readLabelledLine(`${label}: some value`)).toEqual({ label, info, value: 'some value' });
    expect(readLabelledLine(`${label}:`)).toEqual({ label, info, value: '' });
    expect(readLabelledLine(`${label}:  two spaces`)?.value).toBe(' two spaces');
    expect(readLabelledLine(`${label}:x`)?.value).toBe('x');
  });

  it('a word of the same length and first letter as a label is not that label', () => {
    expect(readLabelledLine('Lorem: ipsum')).toBeUndefined();
    expect(readLabelledLine('Pass: word')).toBeUndefined();
    expect(readLabelledLine('Login')).toBeUndefined();
    expect(readLabelledLine('Login :x')).toBeUndefined();
    expect(readLabelledLine('')).toBeUndefined();
  });

  it('labelAt reads in place, only within its line', () => {
    const text = 'x\nLogin: ann\nLogin\n: y';
    expect(labelAt(text, 2, 12)?.[0]).toBe('Login');
    expect(labelAt(text, 13, 18)).toBeUndefined();
  });
});

describe('section headers', () => {
  it.each(SECTIONS)('%s -> %s, also with white space around it', (header, kind) => {
    expect(readSectionHeader(header)).toBe(kind);
    expect(readSectionHeader(`  ${header}\t`)).toBe(kind);
  });

  it('up to 8 characters of white space around the longest header, not 9', () => {
    const longest = SECTIONS.find(([h]) => h.length === LONGEST_SECTION)![0];
    expect(readSectionHeader(`${longest}${' '.repeat(8)}`)).toBeDefined();
    expect(readSectionHeader(`${longest}${' '.repeat(9)}`)).toBeUndefined();
    const text = `x\n${longest}${' '.repeat(8)}\n`;
    expect(sectionAt(text, 2, 2 + LONGEST_SECTION + 8)).toBeDefined();
  });

  it('not a header: other words, a header with more text, an empty line', () => {
    for (const line of ['Website', 'Notes:', 'My Notes', '', '   ']) expect(readSectionHeader(line), line).toBeUndefined();
  });
});

describe('separators', () => {
  it('"---" with white space up to 11 characters in all; not 12, not other dashes', () => {
    for (const line of ['---', ' --- ', `---${' '.repeat(8)}`]) {
      expect(isSeparator(line), JSON.stringify(line)).toBe(true);
      expect(isSeparatorAt(`x\n${line}\n`, 2, 2 + line.length), JSON.stringify(line)).toBe(true);
    }
    for (const line of [`---${' '.repeat(9)}`, '--', '----', '- - -', '']) {
      expect(isSeparator(line), JSON.stringify(line)).toBe(false);
      expect(isSeparatorAt(`x\n${line}\n`, 2, 2 + line.length), JSON.stringify(line)).toBe(false);
    }
  });
});

describe('blank lines', () => {
  it('are exactly the lines String.prototype.trim() empties, for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      const line = `a${String.fromCharCode(c)}${String.fromCharCode(c)}b`;
      if (isBlankAt(line, 1, 3) !== (String.fromCharCode(c).trim() === '')) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isBlankAt('abc', 1, 1)).toBe(true);
    expect(isBlankAt('a  ', 1, 3)).toBe(true);
    expect(isBlankAt(' x', 0, 2)).toBe(false);
  });
});

describe('entries and notes', () => {
  it('an entry with two naming labels of one kind is trusted; the first line number is the entry’s', () => {
    const result = parseKpmExport('Websites\n\nWebsite name: A\nWebsite URL: https://a\nLogin: l\nPassword: p\nComment: c\n---\n');
    expect(result.entries).toEqual([{ kind: 'website', line: 3, fields: { name: 'A', url: 'https://a', loginName: '', login: 'l', password: 'p', notes: 'c' } }]);
  });

  it('a note opened by Text (or Текст) without a section is a note; by Comment it is not', () => {
    expect(parseKpmExport('Login: l\nPassword: p\nText: hello\n---\nWebsite name: W\nLogin: x\n---\n').entries[0]?.kind).toBe('note');
    expect(parseKpmExport('Login: l\nPassword: p\nТекст: привет\n---\nWebsite name: W\nLogin: x\n---\n').entries[0]?.kind).toBe('note');
    expect(parseKpmExport('Login: l\nPassword: p\nComment: hello\n---\nWebsite name: W\nLogin: x\n---\n').entries[0]?.kind).toBe('website');
  });

  it('blank lines before the separator are layout; blank lines inside the note are kept', () => {
    const result = parseKpmExport('Notes\n\nName: N\nText: one\n\ntwo\n\n\n---\n');
    expect(result.entries[0]?.fields.notes).toBe('one\n\ntwo');
  });

  it('a section header inside a note ends the note only when it stands alone or the next line starts something', () => {
    const alone = parseKpmExport('Notes\n\nName: N\nText: one\n\nWebsites\n\nWebsite name: W\nLogin: l\n---\n');
    expect(alone.entries.map((e) => [e.kind, e.fields.name, e.fields.notes])).toEqual([['note', 'N', 'one'], ['website', 'W', '']]);
    const next = parseKpmExport('Notes\n\nName: N\nText: one\nWebsites\nWebsite name: W\nLogin: l\n---\n');
    expect(next.entries.map((e) => [e.kind, e.fields.name])).toEqual([['note', 'N'], ['website', 'W']]);
    const inText = parseKpmExport('Notes\n\nName: N\nText: one\nNotes\nand more text\n---\nName: M\nText: x\n---\n');
    expect(inText.entries[0]?.fields.notes).toBe('one\nNotes\nand more text');
    const notAlone = parseKpmExport('Notes\n\nName: N\nText: one\n\nNotes\nstill text\n---\nName: M\nText: x\n---\n');
    expect(notAlone.entries[0]?.fields.notes).toBe('one\n\nNotes\nstill text');
  });

  it('a header at the very end of a note counts as the end of it', () => {
    const result = parseKpmExport('Notes\n\nName: N\nText: one\n\nWebsites');
    expect(result.entries.map((e) => e.fields.notes)).toEqual(['one']);
  });

  it('the same field twice in an entry keeps the first and reports the second line', () => {
    const result = parseKpmExport('Websites\n\nWebsite name: A\nLogin: first\nLogin: second\nPassword: p\n---\n');
    expect(result.entries[0]?.fields.login).toBe('first');
    expect(result.unplaced).toEqual([{ line: 5, text: 'Login: second' }]);
  });

  it('a naming label opens a new entry even without a separator', () => {
    const result = parseKpmExport('Websites\n\nWebsite name: A\nLogin: a\nWebsite name: B\nLogin: b\n---\n');
    expect(result.entries.map((e) => e.fields.name)).toEqual(['A', 'B']);
  });
});

describe('which entries make a file an export, and their kind', () => {
  it('without any section header, only an entry with a naming label and another label is trusted', () => {
    expect(() => parseKpmExport('Website name: A\n')).toThrow(NotKpmExportError);
    expect(() => parseKpmExport('Login: a\nPassword: b\n')).toThrow(NotKpmExportError);
    expect(() => parseKpmExport('Website name: A\nLogin: a\n')).not.toThrow();
  });

  it('a header that ends a note counts as a header of the file', () => {
    expect(() => parseKpmExport('Text: one\n\nWebsites\n\n')).not.toThrow();
  });

  it('the naming label decides the kind over the section; without one the section decides', () => {
    const result = parseKpmExport('Notes\n\nWebsite name: W\nLogin: x\n---\nApplications\n\nLogin: y\nPassword: p\n---\n');
    expect(result.entries.map((e) => e.kind)).toEqual(['website', 'application']);
    expect(result.entries[1]?.fields.name).toBe('');
  });

  it('a naming label after other fields starts a new entry', () => {
    const result = parseKpmExport('Websites\n\nLogin: a\nPassword: p\nWebsite name: W\nLogin: b\n---\n');
    expect(result.entries.map((e) => [e.fields.name, e.fields.login])).toEqual([['', 'a'], ['W', 'b']]);
  });
});

describe('a header inside a note', () => {
  const notesOf = (text: string) => parseKpmExport(`Notes\n\nName: N\n${text}`).entries[0]?.fields.notes;
  it('between blank lines it ends the note, whatever follows', () => {
    expect(notesOf('Text: one\n\nWebsites\n\nrandom text\n---\n')).toBe('one');
    expect(notesOf('Text: one\n\nWebsites\n   \nrandom text\n---\n')).toBe('one');
  });

  it('without a blank line before it, it ends the note only when the next line starts something', () => {
    expect(notesOf('Text: one\nWebsites\n\nrandom\n---\n')).toBe('one\nWebsites\n\nrandom');
    expect(notesOf('Text: one\nWebsites\n   \nWebsite name: W\nLogin: l\n---\n')).toBe('one');
  });
});

describe('files that are not an export', () => {
  const binary = (length: number, controlsAt: number[]): string => {
    const chars = Array.from({ length }, () => 'a');
    for (const i of controlsAt) chars[i] = '\u0001';
    return `Website name: A\nLogin: l\n${chars.join('')}\n`;
  };

  it('more than 1% control characters (at least 9) is not an export; 8 is', () => {
    expect(() => parseKpmExport(binary(100, [1, 2, 3, 4, 5, 6, 7, 8, 9]))).toThrow(NotKpmExportError);
    expect(() => parseKpmExport(binary(100, [1, 2, 3, 4, 5, 6, 7, 8]))).not.toThrow();
  });

  it('only the first 64 KiB are sampled: control characters after that do not count', () => {
    const late = Array.from({ length: 2000 }, (_, i) => 70_000 + i);
    expect(() => parseKpmExport(binary(80_000, late))).not.toThrow();
    const early = Array.from({ length: 2000 }, (_, i) => 1000 + i);
    expect(() => parseKpmExport(binary(80_000, early))).toThrow(NotKpmExportError);
  });

  it('tab, line feed, form feed and carriage return are not control characters here', () => {
    expect(() => parseKpmExport(`Website name: A\nLogin: l\nComment: ${'\t\f\r'.repeat(20)}\n`)).not.toThrow();
  });
});

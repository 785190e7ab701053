import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotKpmExportError, parseKpmExport, type KpmReadFailure } from '@shared/passwords';
import { FULL_EXPORT_ENTRIES } from './full-export-expected';

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, '../../fixtures/kpm', name));

function refused(input: Uint8Array | string): NotKpmExportError {
  try {
    parseKpmExport(input);
  } catch (error) {
    if (error instanceof NotKpmExportError) return error;
    throw error;
  }
  throw new Error('expected NotKpmExportError');
}

describe('parseKpmExport: the full export in every encoding and line ending', () => {
  const variants: [string, string][] = [
    ['full-export.lf.from-research.txt', 'utf-8'],
    ['full-export.bom-crlf.from-research.txt', 'utf-8 (BOM)'],
    ['full-export.bom-crlf-crcrlf-notes.from-research.txt', 'utf-8 (BOM)'],
    ['full-export.utf16le-bom-crlf.from-research.txt', 'utf-16le (BOM)'],
    ['full-export.utf16be-bom-crlf.from-research.txt', 'utf-16be (BOM)'],
  ];
  it.each(variants)('%s gives every entry exactly', (name, encoding) => {
    const result = parseKpmExport(fixture(name));
    expect(result.encoding).toBe(encoding);
    expect(result.entries).toEqual(FULL_EXPORT_ENTRIES);
    expect(result.unplaced).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('reads the same text given as a string, a BOM included', () => {
    const text = new TextDecoder().decode(fixture('full-export.lf.from-research.txt'));
    expect(parseKpmExport(`\uFEFF${text}`).entries).toEqual(FULL_EXPORT_ENTRIES);
  });

  it('reads UTF-16 LE saved without a BOM', () => {
    const withBom = fixture('full-export.utf16le-bom-crlf.from-research.txt');
    const result = parseKpmExport(withBom.subarray(2));
    expect(result.encoding).toBe('utf-16le (no BOM)');
    expect(result.entries).toEqual(FULL_EXPORT_ENTRIES);
  });
});

describe('parseKpmExport: layout rules', () => {
  it('reads the Proton Pass fixture quoted in the research', () => {
    const result = parseKpmExport(fixture('proton-mock.from-research.txt'));
    expect(result.entries.map((e) => [e.kind, e.fields.name])).toEqual([
      ['website', 'Website title'],
      ['application', 'Proton Pass.app'],
      ['other', 'New account'],
      ['note', 'New note title'],
      ['note', 'New note title 2'],
    ]);
    expect(result.entries[0]?.fields).toEqual({ name: 'Website title', url: 'example.com', loginName: 'Account title', login: 'john', password: 'pass', notes: 'my notes' });
    expect(result.entries[4]?.fields.notes).toBe('line 1\nline 2\nline 3",,,');
    expect(result.unplaced).toEqual([]);
  });

  it('reads Russian labels and headers', () => {
    const result = parseKpmExport(fixture('russian-labels.from-research.txt'));
    expect(result.entries).toEqual([
      { kind: 'website', line: 3, fields: { name: 'Почта', url: 'mail.example.ru', loginName: 'Личный', login: 'ivan', password: 'секрет123', notes: 'Первая строка\nВторая строка' } },
      { kind: 'application', line: 15, fields: { name: 'Телеграм', url: '', loginName: '', login: '+70000000000', password: 'пароль', notes: '' } },
      { kind: 'other', line: 25, fields: { name: 'Госуслуги', url: '', loginName: '', login: '000-111', password: '1', notes: '' } },
      { kind: 'note', line: 35, fields: { name: 'Код от домофона', url: '', loginName: '', login: '', password: '', notes: '1234#' } },
    ]);
  });

  it('accepts sections in any order and missing sections', () => {
    const text = 'Notes\n\nName: n1\nText: t\n\n---\n\nWebsites\n\nWebsite name: w\nWebsite URL: u\nLogin: l\nPassword: p\nComment:\n\n---\n';
    const result = parseKpmExport(text);
    expect(result.entries.map((e) => [e.kind, e.fields.name, e.line])).toEqual([
      ['note', 'n1', 3],
      ['website', 'w', 10],
    ]);
  });

  it('accepts `---` with or without blank lines around it, and a last entry without one', () => {
    const text = 'Websites\nWebsite name: a\nPassword: 1\n---\nWebsite name: b\nPassword: 2\n\n\n---\n\n\nWebsite name: c\nPassword: 3';
    expect(parseKpmExport(text).entries.map((e) => e.fields.password)).toEqual(['1', '2', '3']);
  });

  it('starts a new entry at a naming label even when `---` is missing', () => {
    const text = 'Websites\n\nWebsite name: a\nPassword: 1\nWebsite name: b\nPassword: 2\n';
    expect(parseKpmExport(text).entries.map((e) => e.fields.name)).toEqual(['a', 'b']);
  });

  it('ends a comment at a section header that starts the next section without `---`', () => {
    const text = 'Websites\n\nWebsite name: a\nComment: c1\nc2\n\nApplications\n\nApplication: app\nPassword: 9\n';
    const result = parseKpmExport(text);
    expect(result.entries.map((e) => [e.kind, e.fields.name, e.fields.notes])).toEqual([
      ['website', 'a', 'c1\nc2'],
      ['application', 'app', ''],
    ]);
  });

  it('keeps a section word inside a note when no entry follows it', () => {
    const text = 'Notes\n\nName: shopping\nText: Buy\nNotes\npaper\n\n---\n';
    expect(parseKpmExport(text).entries[0]?.fields.notes).toBe('Buy\nNotes\npaper');
  });

  it('treats blank values with and without the trailing space alike', () => {
    const result = parseKpmExport('Websites\n\nWebsite name: x\nLogin name: \nLogin:\nPassword: \nComment:\n');
    expect(result.entries[0]?.fields).toEqual({ name: 'x', url: '', loginName: '', login: '', password: '', notes: '' });
  });

  it('keeps values exactly: leading zeros, inner colons, edge spaces, and text after a colon without a space', () => {
    const result = parseKpmExport('Websites\n\nWebsite name: a: b\nLogin:0042\nPassword:   x  \n');
    expect(result.entries[0]?.fields).toMatchObject({ name: 'a: b', login: '0042', password: '  x  ' });
  });

  it('reports every line it cannot place, with its line number, and keeps the entries', () => {
    const text = 'Kaspersky export of 22.11.2026\nWebsites\n\nWebsite name: a\nFavourite: yes\nPassword: 1\nPassword: 2\nstray words\n\n---\n';
    const result = parseKpmExport(text);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]?.fields.password).toBe('1');
    expect(result.unplaced).toEqual([
      { line: 1, text: 'Kaspersky export of 22.11.2026' },
      { line: 5, text: 'Favourite: yes' },
      { line: 7, text: 'Password: 2' },
      { line: 8, text: 'stray words' },
    ]);
  });

  it('accepts an export without section headers when its entries are clearly KPM entries', () => {
    const result = parseKpmExport('Website name: a\nWebsite URL: a.example\nPassword: 1\n');
    expect(result.entries).toEqual([{ kind: 'website', line: 1, fields: { name: 'a', url: 'a.example', loginName: '', login: '', password: '1', notes: '' } }]);
  });

  it('accepts an export whose sections are all empty', () => {
    expect(parseKpmExport('Websites\n\nApplications\n\nNotes\n\n').entries).toEqual([]);
  });

  it('says when a UTF-16 file ends in half a character, and keeps the entries', () => {
    const bytes = fixture('full-export.utf16le-bom-crlf.from-research.txt');
    const odd = new Uint8Array(bytes.length + 1);
    odd.set(bytes);
    const result = parseKpmExport(odd);
    expect(result.entries).toEqual(FULL_EXPORT_ENTRIES);
    expect(result.warnings).toEqual(['The file ends in the middle of a character; the last byte was left out.']);
  });

  it('says when a UTF-16 file holds a broken character', () => {
    const text = 'Websites\r\n\r\nWebsite name: a\uD800b\r\nPassword: 1\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + i * 2] = text.charCodeAt(i) >> 8;
      bytes[3 + i * 2] = text.charCodeAt(i) & 0xff;
    }
    const result = parseKpmExport(bytes);
    expect(result.encoding).toBe('utf-16be (BOM), with errors');
    expect(result.entries[0]?.fields.name).toBe('a\uFFFDb');
    expect(result.warnings[0]).toMatch(/1 character in this file could not be read/);
  });

  it('says when some bytes were not UTF-8, and keeps the entry', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Websites\n\nWebsite name: caf'), 0xe9, ...new TextEncoder().encode('\nPassword: 1\n')]);
    const result = parseKpmExport(bytes);
    expect(result.entries[0]?.fields.name).toBe('caf\uFFFD');
    expect(result.warnings[0]).toMatch(/1 character in this file could not be read/);
  });
});

describe('parseKpmExport: refuses what is not an export, with a plain message', () => {
  const cases: [string, KpmReadFailure][] = [
    ['not-kpm-empty.txt', 'empty'],
    ['not-kpm-blank-lines.txt', 'empty'],
    ['not-kpm-image.bin', 'binary'],
    ['not-kpm-bitwarden.csv', 'not-kpm'],
    ['not-kpm-letter.txt', 'not-kpm'],
  ];
  it.each(cases)('%s → %s', (name, reason) => {
    const error = refused(fixture(name));
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(/does not look like a Kaspersky Password Manager export/);
  });

  it('refuses random bytes as binary', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 256;
    expect(refused(bytes).reason).toBe('binary');
  });

  it('refuses an input larger than any real export without reading it', () => {
    const huge = { byteLength: 200 * 1024 * 1024 } as unknown as Uint8Array;
    const error = refused(huge);
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/too large/);
  });
});

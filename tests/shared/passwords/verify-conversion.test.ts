import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  convertEntries,
  convertExport,
  parseKpmExport,
  PASSWORD_FORMAT_IDS,
  uncarriedFields,
  verifyConversion,
  type Conversion,
  type KpmEntry,
  type KpmParseResult,
  type WrittenFile,
} from '@shared/passwords';

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, '../../fixtures/kpm', name));
const asWritten = (files: readonly { role: WrittenFile['role']; csv: string }[]): WrittenFile[] => files.map((f) => ({ role: f.role, text: f.csv }));

// Inputs are parsed in beforeEach, inside each test, not while the file is collected: mutation
// testing (npm run mutation) can then tell which test covers which line of the reader.
describe('Done when: all four sections, multi-line notes, BOM and CRLF → every format, read back', () => {
  let parsed: KpmParseResult;
  beforeEach(() => {
    parsed = parseKpmExport(fixture('full-export.bom-crlf.from-research.txt'));
  });

  it.each(PASSWORD_FORMAT_IDS)('%s: every entry comes out and the read-back confirms it', (format) => {
    const conversion = convertExport(parsed, format);
    const proof = verifyConversion(parsed.entries, format, asWritten(conversion.files), parsed.unplaced);
    expect(proof.differences).toEqual([]);
    expect(proof.ok).toBe(true);
    expect(proof.saved).toBe(7);
    expect(proof.summary).toBe('4 logins, 3 notes — all 7 saved');
    expect(proof.counts).toMatchObject({ website: 2, application: 1, other: 1, note: 3 });
    const rows = conversion.files.filter((f) => f.role !== 'unplaced').reduce((n, f) => n + f.count, 0);
    // Firefox writes an extra "details" row for each website it imports.
    expect(rows).toBe(format === 'firefox' ? 9 : 7);
  });
});

describe('the read-back finds what differs', () => {
  let parsed: KpmParseResult;
  let conversion: Conversion;
  let text = '';
  beforeEach(() => {
    parsed = parseKpmExport(fixture('full-export.lf.from-research.txt'));
    conversion = convertExport(parsed, 'bitwarden');
    text = conversion.files[0]?.csv ?? '';
  });

  it('a changed password: names the entry and column, never the password', () => {
    const tampered = text.replace(' spaced pass ', ' spaced pas ');
    expect(tampered).not.toBe(text);
    const proof = verifyConversion(parsed.entries, 'bitwarden', [{ role: 'passwords', text: tampered }]);
    expect(proof.ok).toBe(false);
    expect(proof.saved).toBe(6);
    expect(proof.summary).toBe('4 logins, 3 notes — 6 of 7 saved');
    const cell = proof.differences.find((d) => d.problem === 'cell');
    expect(cell).toMatchObject({ column: 'login_password', entryIndex: 0, entryLine: 3, row: 1 });
    for (const d of proof.differences) expect(d.message).not.toContain('spaced pas');
  });

  it('a lost row', () => {
    const lines = text.split('\r\n');
    const withoutSecond = [...lines.slice(0, 5), ...lines.slice(6)].join('\r\n');
    const proof = verifyConversion(parsed.entries, 'bitwarden', [{ role: 'passwords', text: withoutSecond }]);
    expect(proof.ok).toBe(false);
    expect(proof.differences.some((d) => d.problem === 'row-count')).toBe(true);
  });

  it('a changed header', () => {
    const proof = verifyConversion(parsed.entries, 'bitwarden', [{ role: 'passwords', text: text.replace('login_totp', 'totp') }]);
    expect(proof.differences.map((d) => d.problem)).toContain('header');
    expect(proof.saved).toBe(0);
  });

  it('a missing second file', () => {
    const chrome = convertExport(parsed, 'chrome');
    const proof = verifyConversion(parsed.entries, 'chrome', asWritten(chrome.files.filter((f) => f.role === 'passwords')));
    expect(proof.differences.map((d) => d.problem)).toEqual(['missing-file']);
    // Only the websites Chrome imports are proven saved.
    expect(proof.saved).toBe(2);
  });

  it('an extra file this conversion does not make', () => {
    const proof = verifyConversion(parsed.entries, 'bitwarden', [...asWritten(conversion.files), { role: 'kept-aside', text: 'x' }]);
    expect(proof.differences.map((d) => d.problem)).toEqual(['unexpected-file']);
  });

  it('text that is not CSV any more (an unclosed quote)', () => {
    const proof = verifyConversion(parsed.entries, 'bitwarden', [{ role: 'passwords', text: `${text}"unclosed` }]);
    expect(proof.ok).toBe(false);
    expect(proof.differences.map((d) => d.problem)).toContain('unreadable');
  });

  it('the unplaced-lines file is checked too', () => {
    const unplaced = [{ line: 2, text: 'stray' }];
    const withLines = convertEntries(parsed.entries, 'bitwarden', unplaced);
    const good = verifyConversion(parsed.entries, 'bitwarden', asWritten(withLines.files), unplaced);
    expect(good.ok).toBe(true);
    const bad = verifyConversion(parsed.entries, 'bitwarden', asWritten(withLines.files.filter((f) => f.role !== 'unplaced')), unplaced);
    expect(bad.differences.map((d) => d.problem)).toEqual(['missing-file']);
  });

  it('says "nothing to save" for an empty export', () => {
    const proof = verifyConversion([], 'bitwarden', asWritten(convertEntries([], 'bitwarden').files));
    expect(proof).toMatchObject({ ok: true, saved: 0, summary: '0 logins, 0 notes — nothing to save' });
  });
});

describe('uncarriedFields (the guard against a mapping that drops a field)', () => {
  const e: KpmEntry = { kind: 'website', line: 1, fields: { name: 'n', url: ' a.example ', loginName: 'alias', login: 'u', password: 'p', notes: 'c' } };
  it('finds nothing missing when every value is in some cell', () => {
    expect(uncarriedFields(e, ['n (alias)', 'https://a.example', 'u', 'p', 'c'])).toEqual([]);
  });
  it('names the fields that are in no cell', () => {
    expect(uncarriedFields(e, ['n', 'https://a.example', 'u', 'p'])).toEqual(['loginName', 'notes']);
  });
});

describe('property: any entries, any format → the read-back confirms every entry', () => {
  const tricky = fc.constantFrom(',', '"', '\n', '\r\n', ' ', '0', '=', '\t', 'é', '🔑', '名', '\u00a0', ':', '---', 'a');
  const value = fc.oneof(fc.string({ unit: tricky, maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constant(''));
  const entryArb: fc.Arbitrary<KpmEntry> = fc.record({
    kind: fc.constantFrom('website', 'application', 'other', 'note'),
    line: fc.nat(),
    fields: fc.record({ name: value, url: value, loginName: value, login: value, password: value, notes: value }),
  });

  it('holds for 300 random exports', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), fc.constantFrom(...PASSWORD_FORMAT_IDS), (entries, format) => {
        const conversion = convertEntries(entries, format);
        const proof = verifyConversion(entries, format, asWritten(conversion.files));
        expect(proof.differences).toEqual([]);
        expect(proof.saved).toBe(entries.length);
      }),
      { numRuns: 300 },
    );
  });
});

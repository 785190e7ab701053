import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { convertEntries, verifyConversion, type KpmEntry, type KpmFields, type KpmKind } from '@shared/passwords';
import { spreadsheetSafe } from '@shared/passwords/spreadsheet-safe';

/**
 * Issue 12, point 6: the files people open in a spreadsheet (kept aside, unreadable lines) never
 * carry a live formula; the import files keep every value exact, and the read-back proof holds.
 */
const entry = (kind: KpmKind, fields: Partial<KpmFields>, line = 1): KpmEntry => ({
  kind,
  line,
  fields: { name: '', url: '', loginName: '', login: '', password: '', notes: '', ...fields },
});
const rows = (csv: string): string[][] => (Papa.parse<string[]>(csv.trim(), { header: false }).data as string[][]).slice(1);

const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\tTab', '\rCR'];

describe('spreadsheetSafe', () => {
  it.each(FORMULAS)('puts an apostrophe before %j', (cell) => expect(spreadsheetSafe(cell)).toBe(`'${cell}`));
  it.each(['plain', 'a=b', ' =not first', '', "'already"])('leaves %j alone', (cell) => expect(spreadsheetSafe(cell)).toBe(cell));
});

describe('kept-aside files and import files', () => {
  const note = entry('note', { name: '=1+1', notes: '=HYPERLINK("http://evil.example","x")' });
  const login = entry('website', { name: 'Bank', url: 'https://bank.example', login: '@ann', password: '=p@ss+-word' }, 2);
  const app = entry('application', { name: 'Mail', login: '-ann', password: '+secret' }, 3);

  it('Chrome: the kept-aside file holds no cell that starts a formula', () => {
    const conversion = convertEntries([note, login, app], 'chrome');
    const aside = conversion.files.find((f) => f.role === 'kept-aside')!;
    const cells = rows(aside.csv).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(cells).toContain("'+secret");
  });

  it('the import file keeps the password and user name byte for byte', () => {
    const conversion = convertEntries([note, login, app], 'chrome');
    const main = conversion.files.find((f) => f.role === 'passwords')!;
    const [row] = rows(main.csv);
    expect(row?.[2]).toBe('@ann');
    expect(row?.[3]).toBe('=p@ss+-word');
  });

  it.each(['bitwarden', '1password', 'proton', 'keepassxc'] as const)('%s: import values stay exact', (format) => {
    const main = convertEntries([note, login, app], format).files.find((f) => f.role === 'passwords')!;
    expect(main.csv).toContain('=p@ss+-word');
    expect(main.csv).not.toContain("'=p@ss");
    expect(main.csv).toContain('+secret');
  });

  it.each(['chrome', 'firefox'] as const)('%s: the read-back proof still passes on the neutralised file', (format) => {
    const conversion = convertEntries([note, login, app], format, [{ line: 9, text: '=cmd|calc' }]);
    const unplaced = conversion.files.find((f) => f.role === 'unplaced')!;
    expect(rows(unplaced.csv)).toEqual([['9', "'=cmd|calc"]]);
    const proof = verifyConversion([note, login, app], format, conversion.files.map((f) => ({ role: f.role, text: f.csv })), [{ line: 9, text: '=cmd|calc' }]);
    expect(proof.differences).toEqual([]);
    expect(proof.ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { convertEntries, uncarriedFields, verifyConversion, type KpmEntry, type KpmFields, type KpmKind, type WrittenFile } from '@shared/passwords';

/**
 * Tests written against the survivors of `npm run mutation -- verify-conversion`: the read-back
 * proof on small, hand-damaged files, with the whole answer pinned (which entries count as saved,
 * and each difference with its plain message). A proof that says "all saved" when it is not is the
 * failure that would hurt users most.
 *
 * Survivors left, each equivalent:
 * - `if (entry >= 0)` / `if (owner >= 0)` → `true` before writing to `broken`, `seen`: index -1 (a
 *   row of the unreadable-lines file) of a Uint8Array is ignored on write and undefined on read.
 * - `let same = true` → `false`, and `c < width` → `<=`: a row that read back cell for cell is
 *   searched instead of the row meant to be written, which holds the same strings; past the last
 *   cell both rows are undefined.
 * - `entries[owner]?.line` → `entries[owner].line`: owner is always an entry's index there.
 * - `left.length > 0` → `true` / `>= 0`: an empty list of missing fields is stored instead of none,
 *   and both say "nothing missing".
 * - `e.row !== undefined ? …` → `true`: papaparse gives every error it reports here a row.
 * - isCarried: `value === ''` → `false` (an empty text is inside every cell) and
 *   `cells.includes(value)` → `false` (the substring search after it finds the same cell).
 * - the final "is in none of the written files" branch: every entry has a row in some file by
 *   construction (rowsOf), so it is a safety net for a future writer bug that no input reaches today.
 */
const entry = (kind: KpmKind, fields: Partial<KpmFields>, line: number): KpmEntry => ({ kind, line, fields: { name: '', url: '', loginName: '', login: '', password: '', notes: '', ...fields } });
const ENTRIES = [
  entry('website', { name: 'Bank', url: 'https://bank.example', login: 'ann', password: 'pw1', notes: 'n1' }, 3),
  entry('application', { name: 'Mail', login: 'bob', password: 'pw2' }, 10),
  entry('note', { name: 'Wifi', notes: 'code 42' }, 20),
];
const UNPLACED = [{ line: 30, text: 'stray' }];
const written = (format: 'chrome' | 'bitwarden'): WrittenFile[] => convertEntries(ENTRIES, format, UNPLACED).files.map((f) => ({ role: f.role, text: f.csv }));
const verify = (format: 'chrome' | 'bitwarden', files: WrittenFile[]) => verifyConversion(ENTRIES, format, files, UNPLACED);
const edit = (files: WrittenFile[], role: WrittenFile['role'], change: (text: string) => string): WrittenFile[] =>
  files.map((f) => (f.role === role ? { ...f, text: change(f.text) } : f));

const BW_HEADER = 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp';

describe('the read-back proof, pinned', () => {
  it('untouched files: all saved, no difference', () => {
    expect(verify('bitwarden', written('bitwarden'))).toMatchObject({ ok: true, saved: 3, summary: '2 logins, 1 note — all 3 saved', differences: [] });
    expect(verify('chrome', written('chrome'))).toMatchObject({ ok: true, saved: 3, differences: [] });
  });

  it('a changed cell names the entry, the column and the row, and only that entry is lost', () => {
    const files = edit(written('bitwarden'), 'passwords', (t) => t.replace(',bob,pw2,', ',bob,pwX,'));
    expect(verify('bitwarden', files)).toEqual({
      ok: false,
      format: 'bitwarden',
      counts: expect.any(Object),
      saved: 2,
      summary: '2 logins, 1 note — 2 of 3 saved',
      differences: [
        { problem: 'cell', role: 'passwords', row: 2, column: 'login_password', entryIndex: 1, entryLine: 10, message: 'Entry "Mail" (line 10): the "login_password" column of the import file reads back differently.' },
        { problem: 'not-carried', role: 'passwords', entryIndex: 1, entryLine: 10, field: 'password', message: 'Entry "Mail" (line 10): its password is not in the written files.' },
      ],
    });
  });

  it('a changed cell of the first entry that loses no field still loses that entry, and names it', () => {
    const files = edit(written('bitwarden'), 'passwords', (t) => t.replace(',,login,Bank,', 'Folder,,login,Bank,'));
    const result = verify('bitwarden', files);
    expect(result.saved).toBe(2);
    expect(result.differences).toEqual([
      { problem: 'cell', role: 'passwords', row: 1, column: 'folder', entryIndex: 0, entryLine: 3, message: 'Entry "Bank" (line 3): the "folder" column of the import file reads back differently.' },
    ]);
  });

  it('a changed cell in the unreadable-lines file names the row (it belongs to no entry) and loses no entry', () => {
    const files = edit(written('bitwarden'), 'unplaced', (t) => t.replace('"stray"', '"strayX"'));
    expect(verify('bitwarden', files)).toMatchObject({
      ok: false,
      saved: 3,
      differences: [{ problem: 'cell', role: 'unplaced', row: 1, column: 'text', message: 'Row 1: the "text" column of the file of unreadable lines reads back differently.' }],
    });
    expect(verify('bitwarden', files).differences[0]).not.toHaveProperty('entryIndex');
  });

  it('a row with a cell more than the header names the extra column by number', () => {
    const files = edit(written('bitwarden'), 'passwords', (t) => t.replace(',,note,Wifi,code 42,,,,,,', ',,note,Wifi,code 42,,,,,,,extra'));
    const result = verify('bitwarden', files);
    expect(result.differences.map((d) => d.message)).toEqual(['Entry "Wifi" (line 20): the "column 12" column of the import file reads back differently.']);
    expect(result.saved).toBe(2);
  });

  it('an extra row: the whole file counts as broken, and the counts say how many rows there should be', () => {
    const files = edit(written('bitwarden'), 'passwords', (t) => `${t},,note,Extra,x,,,,,,\r\n`);
    expect(verify('bitwarden', files)).toMatchObject({
      ok: false,
      saved: 0,
      differences: [{ problem: 'row-count', role: 'passwords', message: 'The import file has 4 rows; 3 were written.' }],
    });
  });

  it('a lost row: the whole file counts as broken', () => {
    const files = edit(written('bitwarden'), 'passwords', (t) => t.replace(',,note,Wifi,code 42,,,,,,\r\n', ''));
    expect(verify('bitwarden', files)).toMatchObject({
      ok: false,
      saved: 0,
      differences: [{ problem: 'row-count', role: 'passwords', message: 'The import file has 2 rows; 3 were written.' }],
    });
  });

  it('a header that is not exactly the importer’s: the file counts as broken', () => {
    const files = edit(written('bitwarden'), 'passwords', (t) => t.replace(BW_HEADER, BW_HEADER.replace('login_totp', 'totp')));
    expect(verify('bitwarden', files)).toMatchObject({
      ok: false,
      saved: 0,
      differences: [{ problem: 'header', role: 'passwords', message: 'The first line of the import file is not the exact header the importer expects.' }],
    });
  });

  it('a file with only a header line and no line break is read as that header', () => {
    const files = edit(written('bitwarden'), 'passwords', () => BW_HEADER);
    const result = verify('bitwarden', files);
    expect(result.differences.map((d) => d.problem)).toEqual(['row-count']);
  });

  it('a missing file, a duplicated file and a file this conversion does not make', () => {
    const files = written('chrome');
    expect(verify('chrome', files.filter((f) => f.role !== 'kept-aside'))).toMatchObject({
      saved: 1,
      differences: [{ problem: 'missing-file', role: 'kept-aside', message: 'The file of notes and details kept aside could not be read back.' }],
    });
    expect(verify('chrome', [...files, files[0]!])).toMatchObject({
      saved: 2,
      differences: [{ problem: 'unexpected-file', role: 'passwords', message: 'More than one import file was given.' }],
    });
    const bw = written('bitwarden');
    expect(verify('bitwarden', [...bw, { role: 'kept-aside', text: '' }])).toMatchObject({
      ok: false,
      saved: 3,
      differences: [{ problem: 'unexpected-file', role: 'kept-aside', message: 'An extra file of notes and details kept aside was written that this conversion does not make.' }],
    });
  });

  it('a file that does not read back as CSV says at which row, counting data rows from 1', () => {
    const files = edit(written('bitwarden'), 'passwords', (t) => t.replace(',,note,Wifi,code 42', ',,note,"Wifi,code 42'));
    const result = verify('bitwarden', files);
    const unreadable = result.differences.find((d) => d.problem === 'unreadable');
    expect(unreadable).toMatchObject({ role: 'passwords', message: expect.stringMatching(/^The import file does not read back cleanly: .+\.$/) });
    expect(unreadable?.row).toBe(3);
    expect(result.saved).toBe(0);
  });

  it('an entry in none of the files is named, once', () => {
    const files = edit(written('chrome'), 'passwords', (t) => t.replace('Bank,https://bank.example,ann,pw1,n1\r\n', ''));
    const result = verify('chrome', files);
    expect(result.differences.filter((d) => d.problem === 'not-carried')).toEqual([]);
    expect(result.saved).toBe(2);
  });

  it('an entry missing from a file it was never meant for is "in none of the written files"', () => {
    const extra = entry('website', { name: 'Shop', url: 'https://shop.example', login: 'cat', password: 'pw3' }, 40);
    const result = verifyConversion([...ENTRIES, extra], 'bitwarden', written('bitwarden'), UNPLACED);
    expect(result.differences).toContainEqual({ problem: 'row-count', role: 'passwords', message: 'The import file has 3 rows; 4 were written.' });
    expect(result.saved).toBe(0);
  });
});

describe('uncarriedFields', () => {
  const e = entry('website', { name: 'Bank', url: '  https://bank.example  ', login: 'ann', password: 'pw', notes: '' }, 1);
  it('a web address is found trimmed, the other fields exactly, empty fields always count as carried', () => {
    expect(uncarriedFields(e, ['Bank', 'https://bank.example', 'ann', 'pw'])).toEqual([]);
    expect(uncarriedFields(e, ['Bank', 'https://bank.example', 'ann', ' pw'])).toEqual([]);
    // Only the web address is trimmed: a password with spaces around it must keep them.
    const spaced = entry('website', { name: 'S', password: ' pw ' }, 2);
    expect(uncarriedFields(spaced, ['S', 'pw'])).toEqual(['password']);
    expect(uncarriedFields(spaced, ['S', ' pw '])).toEqual([]);
    expect(uncarriedFields(e, ['Bank', 'https://bank.example', 'ann', 'p'])).toEqual(['password']);
    expect(uncarriedFields(e, ['Bank', 'https://bank.example/', 'x', 'pw'])).toEqual(['login']);
    // Found inside a longer cell (a title "Bank (ann)") counts: the text is there.
    expect(uncarriedFields(e, ['Bank (ann)', 'https://bank.example', 'x', 'pw'])).toEqual([]);
  });

  it('names each missing field in the words the user sees', () => {
    const full = entry('website', { name: 'N', url: 'u', loginName: 'ln', login: 'qq', password: 'p', notes: 'c' }, 1);
    const result = verifyConversion([full], 'bitwarden', [{ role: 'passwords', text: `${BW_HEADER}\r\n,,login,X,,,,,,,\r\n` }]);
    expect(result.differences.filter((d) => d.problem === 'not-carried').map((d) => d.message)).toEqual([
      'Entry "N (ln)" (line 1): its name is not in the written files.',
      'Entry "N (ln)" (line 1): its web address is not in the written files.',
      'Entry "N (ln)" (line 1): its login name is not in the written files.',
      'Entry "N (ln)" (line 1): its user name is not in the written files.',
      'Entry "N (ln)" (line 1): its password is not in the written files.',
      'Entry "N (ln)" (line 1): its comment or note text is not in the written files.',
    ]);
  });
});

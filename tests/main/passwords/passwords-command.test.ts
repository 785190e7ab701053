import { copyFile, mkdtemp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPasswordsCommand } from '../../../main/cli/passwords-command';
import type { CliIo } from '../../../main/cli/cli-io';

const FIXTURES = join(__dirname, '../../fixtures/kpm');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'safeswitch-cli-'));
  for (const name of await readdir(FIXTURES)) await copyFile(join(FIXTURES, name), join(dir, name));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir };
  const code = await runPasswordsCommand(args, io);
  return { code, out, err };
}

const FULL = 'full-export.bom-crlf.from-research.txt';

function expectOneErrorLine(err: string): void {
  expect(err).toMatch(/^safeswitch: [^\n]+\n$/);
}

describe('safeswitch passwords convert: stdout', () => {
  it('prints the Bitwarden CSV, checked, and nothing on stderr', async () => {
    const r = await run('convert', FULL, '--to', 'bitwarden');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.startsWith('folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(r.out, { delimiter: ',', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(8);
  });

  it('prints Chrome CSV when the export holds only websites', async () => {
    await writeFile(join(dir, 'web.txt'), 'Websites\r\n\r\nWebsite name: a\r\nWebsite URL: a.example\r\nLogin: u\r\nPassword: p\r\nComment: \r\n\r\n---\r\n');
    const r = await run('convert', 'web.txt', '--to', 'chrome');
    expect(r.code).toBe(0);
    expect(r.out).toBe('name,url,username,password,note\r\na,https://a.example,u,p,\r\n');
  });

  it('asks for --output instead of printing part of the passwords when a second file is needed', async () => {
    const r = await run('convert', FULL, '--to', 'chrome');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expectOneErrorLine(r.err);
    expect(r.err).toMatch(/Chrome cannot hold 5 notes or details.*--output FILE/);
  });
});

describe('safeswitch passwords convert --output', () => {
  it('writes the import file and the kept-aside file beside it, owner-only, and reports the check', async () => {
    const r = await run('convert', FULL, '--to', 'firefox', '--output', 'out/firefox.csv');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^4 logins, 3 notes — all 7 saved \(read back from disk and checked\)\./);
    expect(r.out).toMatch(/plain text/);
    const main = join(dir, 'out/firefox.csv');
    const aside = join(dir, 'out/firefox-firefox-not-importable-notes-and-details.csv');
    expect((await readFile(main, 'utf8')).split('\r\n')[0]).toBe('"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"');
    expect(await readFile(aside, 'utf8')).toContain('Recovery codes');
    if (process.platform !== 'win32') {
      expect((await stat(main)).mode & 0o777).toBe(0o600);
      expect((await stat(aside)).mode & 0o777).toBe(0o600);
    }
  });

  it('--json prints a summary with counts per kind, files and what was kept aside', async () => {
    const r = await run('convert', FULL, '--to', 'chrome', '--output', 'c.csv', '--json');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({
      to: 'chrome',
      encoding: 'utf-8 (BOM)',
      counts: { website: 2, application: 1, other: 1, note: 3, logins: 4, notes: 3, total: 7 },
      saved: 7,
      verified: true,
      summary: '4 logins, 3 notes — all 7 saved',
      unplaced: [],
      differences: [],
    });
    expect(summary.files.map((f: { role: string; path: string; rows: number }) => [f.role, f.path, f.rows])).toEqual([
      ['passwords', join(dir, 'c.csv'), 2],
      ['kept-aside', join(dir, 'c-chrome-not-importable-notes-and-details.csv'), 5],
    ]);
    expect(summary.keptAside.map((k: { reason: string }) => k.reason)).toEqual(['no-web-address', 'no-web-address', 'note-not-supported', 'note-not-supported', 'note-not-supported']);
  });

  it('--json without --output writes nothing and still reports anything not placed', async () => {
    await writeFile(join(dir, 'odd.txt'), 'Websites\n\nWebsite name: a\nFavourite: yes\nPassword: 1\n');
    const before = (await readdir(dir)).sort();
    const r = await run('convert', 'odd.txt', '--to', 'bitwarden', '--json');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.unplaced).toEqual([{ line: 4, text: 'Favourite: yes' }]);
    expect(summary.files[0].path).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('never replaces an existing file', async () => {
    await writeFile(join(dir, 'mine.csv'), 'keep');
    const r = await run('convert', FULL, '--to', 'bitwarden', '--output', 'mine.csv');
    expect(r.code).toBe(2);
    expectOneErrorLine(r.err);
    expect(r.err).toMatch(/already exists/);
    expect(await readFile(join(dir, 'mine.csv'), 'utf8')).toBe('keep');
  });

  it('a folder that cannot be created is a failure (exit 1), with one line', async () => {
    await writeFile(join(dir, 'afile'), 'x');
    const r = await run('convert', FULL, '--to', 'bitwarden', '--output', 'afile/out.csv');
    expect(r.code).toBe(1);
    expectOneErrorLine(r.err);
  });
});

describe('safeswitch passwords: bad input is exit 2 with one clear line', () => {
  const cases: [string, string[], RegExp][] = [
    ['no subcommand', [], /missing "convert"/],
    ['unknown subcommand', ['import', FULL], /unknown passwords command "import"/],
    ['no input', ['convert', '--to', 'bitwarden'], /missing INPUT/],
    ['two inputs', ['convert', FULL, FULL, '--to', 'bitwarden'], /unexpected argument/],
    ['no format', ['convert', FULL], /missing --to FORMAT/],
    ['unknown format', ['convert', FULL, '--to', 'lastpass'], /unknown format "lastpass"; use one of bitwarden, chrome, firefox, 1password, proton, keepassxc/],
    ['unknown option', ['convert', FULL, '--to', 'bitwarden', '--force'], /unknown option --force/],
    ['missing file', ['convert', 'nope.txt', '--to', 'bitwarden'], /cannot find .*nope\.txt/],
    ['a folder', ['convert', '.', '--to', 'bitwarden'], /is a folder/],
    ['empty file', ['convert', 'not-kpm-empty.txt', '--to', 'bitwarden'], /empty.*does not look like a Kaspersky Password Manager export/],
    ['binary file', ['convert', 'not-kpm-image.bin', '--to', 'bitwarden'], /does not look like a Kaspersky Password Manager export: it is not a text file/],
    ['a CSV', ['convert', 'not-kpm-bitwarden.csv', '--to', 'bitwarden'], /does not look like a Kaspersky Password Manager export/],
    ['a letter', ['convert', 'not-kpm-letter.txt', '--to', 'bitwarden'], /does not look like a Kaspersky Password Manager export/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expectOneErrorLine(r.err);
    expect(r.err).toMatch(message);
  });

  it('a huge file is refused from its size, without reading it', async () => {
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, 300 * 1024 * 1024); // sparse: no disk space used
    const r = await run('convert', 'huge.txt', '--to', 'bitwarden');
    expect(r.code).toBe(2);
    expectOneErrorLine(r.err);
    expect(r.err).toMatch(/too large \(300 MB\)/);
  });

  it('accepts the format name in any case', async () => {
    const r = await run('convert', FULL, '--to', 'KeePassXC');
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n')[0]).toBe('"Group","Title","Username","Password","URL","Notes"');
  });
});

import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertExport, PASSWORD_FORMAT_IDS, type KpmParseResult } from '@shared/passwords';
import { readExportFile } from '../../../main/passwords/read-export-file';
import { conversionPaths, OutputExistsError, writeConversion, writeConversionFiles } from '../../../main/passwords/write-conversion';

const FIXTURE = join(__dirname, '../../fixtures/kpm/full-export.bom-crlf.from-research.txt');
let dir: string;
let parsed: KpmParseResult;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'safeswitch-pw-'));
  parsed = await readExportFile(FIXTURE);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeConversion', () => {
  it.each(PASSWORD_FORMAT_IDS)('%s: writes owner-only files, reads them back from disk, confirms every entry', async (format) => {
    const conversion = convertExport(parsed, format);
    const result = await writeConversion(parsed, conversion, { folder: dir, baseName: 'passwords' });
    expect(result.verification.ok).toBe(true);
    expect(result.verification.summary).toBe('4 logins, 3 notes — all 7 saved');
    expect(result.files.map((f) => f.path)).toEqual(conversion.files.map((f) => join(dir, `passwords${f.fileSuffix}`)));
    for (const [i, f] of result.files.entries()) {
      expect(await readFile(f.path, 'utf8')).toBe(conversion.files[i]?.csv);
      if (process.platform !== 'win32') expect((await stat(f.path)).mode & 0o777).toBe(0o600);
    }
  });

  it('refuses to replace an existing file and then writes nothing at all', async () => {
    const conversion = convertExport(parsed, 'chrome');
    const [first, second] = conversionPaths(conversion, dir, 'passwords');
    await writeFile(second as string, 'my own file');
    await expect(writeConversion(parsed, conversion, { folder: dir, baseName: 'passwords' })).rejects.toBeInstanceOf(OutputExistsError);
    expect(await readFile(second as string, 'utf8')).toBe('my own file');
    await expect(stat(first as string)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('replaces existing files only when allowed', async () => {
    const conversion = convertExport(parsed, 'bitwarden');
    const [path] = conversionPaths(conversion, dir, 'passwords');
    await writeFile(path as string, 'old');
    const result = await writeConversion(parsed, conversion, { folder: dir, baseName: 'passwords', overwrite: true });
    expect(result.verification.ok).toBe(true);
    expect(await readFile(path as string, 'utf8')).toBe(conversion.files[0]?.csv);
  });

  it('removes what it already wrote when a later file cannot be written', async () => {
    const conversion = convertExport(parsed, 'chrome');
    await writeFile(join(dir, 'blocker'), 'a file, not a folder');
    const first = join(dir, 'ok.csv');
    await expect(writeConversionFiles(parsed, conversion, [first, join(dir, 'blocker', 'second.csv')])).rejects.toThrow();
    await expect(stat(first)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a base name with folders in it', () => {
    const conversion = convertExport(parsed, 'bitwarden');
    expect(() => conversionPaths(conversion, dir, '../escape')).toThrow(/plain name/);
    expect(() => conversionPaths(conversion, dir, '')).toThrow(/plain name/);
  });
});

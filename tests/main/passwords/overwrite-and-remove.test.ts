import { link, lstat, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overwriteAndRemove, overwriteAndRemoveAll, SSD_NOTE } from '../../../main/passwords/overwrite-and-remove';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'safeswitch-rm-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('overwriteAndRemove', () => {
  it('overwrites the contents with zeros before removing the file', async () => {
    const path = join(dir, 'passwords.csv');
    const secret = 'name,url,username,password\r\nbank,https://bank,john,hunter2\r\n'.repeat(50_000);
    await writeFile(path, secret);
    // A second name for the same data shows what was left on disk after the overwrite.
    const witness = join(dir, 'witness');
    await link(path, witness);
    const result = await overwriteAndRemove(path);
    expect(result).toMatchObject({ status: 'removed', overwritten: true });
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    const left = await readFile(witness);
    expect(left.length).toBe(Buffer.byteLength(secret));
    expect(left.every((b) => b === 0)).toBe(true);
  });

  it('says so when the file is already gone', async () => {
    expect(await overwriteAndRemove(join(dir, 'nope.csv'))).toMatchObject({ status: 'missing', overwritten: false });
  });

  it('leaves a folder alone', async () => {
    const sub = join(dir, 'folder');
    await mkdir(sub);
    expect((await overwriteAndRemove(sub)).status).toBe('not-a-file');
    expect((await stat(sub)).isDirectory()).toBe(true);
  });

  it('refuses a link: neither follows it nor removes it, and never reports it deleted', async () => {
    const target = join(dir, 'target.txt');
    await writeFile(target, 'keep me');
    const ln = join(dir, 'ln');
    await symlink(target, ln);
    const result = await overwriteAndRemove(ln);
    expect(result).toMatchObject({ status: 'not-a-file', overwritten: false, message: expect.stringContaining('shortcut link') });
    expect(await readFile(target, 'utf8')).toBe('keep me');
    expect((await lstat(ln)).isSymbolicLink()).toBe(true);
  });

  it('refuses a file reached through a linked folder inside the migration folder', async () => {
    const outside = join(dir, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'passwords-bitwarden.csv'), 'secret');
    const folder = join(dir, 'migration');
    await mkdir(folder);
    await symlink(outside, join(folder, 'sub'));
    const result = await overwriteAndRemove(join(folder, 'sub', 'passwords-bitwarden.csv'), folder);
    expect(result).toMatchObject({ status: 'not-a-file', overwritten: false });
    expect(await readFile(join(outside, 'passwords-bitwarden.csv'), 'utf8')).toBe('secret');
  });

  it('handles an empty file', async () => {
    const path = join(dir, 'empty.csv');
    await writeFile(path, '');
    expect((await overwriteAndRemove(path)).status).toBe('removed');
  });

  it('goes on after one failure and always gives the honest SSD note', async () => {
    const a = join(dir, 'a.csv');
    await writeFile(a, 'x');
    const { results, note } = await overwriteAndRemoveAll([join(dir, 'missing.csv'), a]);
    expect(results.map((r) => r.status)).toEqual(['missing', 'removed']);
    expect(note).toBe(SSD_NOTE);
    expect(note).toMatch(/SSD/);
  });
});

import { access, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import type { SafeSwitchService } from '../../../main/service/safeswitch-service';

/**
 * Issue 12, point 2: no password file is written or deleted through a link, every plaintext file
 * ever written stays on record until it is deleted, and a file that would be replaced is said
 * before the export is read.
 */
const SCENARIO = resolve(__dirname, '../../scenarios/win-kaspersky-password-manager.json');
let dataFolder: string;
let service: SafeSwitchService;
const exportPath = () => join(dataFolder, 'simulated-home', 'Downloads', 'Kaspersky Password Manager.txt');
const gone = async (path: string) => access(path).then(() => false, () => true);

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'safeswitch-plain-'));
  service = await openService({ dataFolder, scenarioPath: SCENARIO, timeScale: 0 });
});
afterEach(async () => {
  await service.call('watchExportFiles', { watch: false });
  await rm(dataFolder, { recursive: true, force: true });
});

async function migrationFolder(): Promise<string> {
  const chosen = await service.call('setMigrationFolder', { path: null });
  if (chosen.status !== 'ok') throw new Error('folder refused');
  return chosen.overview.folder.path as string;
}

describe('plaintext password files', () => {
  it('converting to Chrome, then Bitwarden, then deleting leaves no plaintext file behind', async () => {
    const folder = await migrationFolder();
    await service.call('convertPasswords', { exportPath: exportPath(), format: 'chrome' });
    await service.call('convertPasswords', { exportPath: exportPath(), format: 'bitwarden' });
    const written = (await readdir(folder)).filter((f) => f.startsWith('passwords-'));
    expect(written.length).toBeGreaterThanOrEqual(3); // chrome, its kept-aside file, bitwarden
    expect((await service.call('getSaveOverview')).section.plaintextFiles).toHaveLength(written.length);

    const result = await service.call('deletePlaintextFiles', { exportFile: false, convertedFiles: true });
    expect(result.results.every((r) => r.deleted)).toBe(true);
    expect((await readdir(folder)).filter((f) => f.startsWith('passwords-'))).toEqual([]);
    const section = (await service.call('getSaveOverview')).section;
    expect(section.plaintextFiles).toEqual([]);
    expect(section.deleted.length).toBe(written.length);
    // The report lists the deleted files as deleted, and none as a file that holds passwords.
    const report = await readFile(join(folder, 'report.html'), 'utf8');
    expect(report).not.toContain('hold your passwords in clear text');
    expect(report.match(/overwritten and deleted at your request/g)?.length).toBe(written.length);
  });

  it('with "replace" allowed, a link at the target is refused and the file it leads to is untouched', async () => {
    const folder = await migrationFolder();
    const outside = join(dataFolder, 'elsewhere.txt');
    await writeFile(outside, 'not yours to replace');
    await symlink(outside, join(folder, 'passwords-bitwarden.csv'));
    const outcome = await service.call('convertPasswords', { exportPath: exportPath(), format: 'bitwarden', overwrite: true });
    expect(outcome).toMatchObject({ status: 'failed', reason: 'link-refused', path: join(folder, 'passwords-bitwarden.csv'), message: expect.stringContaining('shortcut link') });
    expect(await readFile(outside, 'utf8')).toBe('not yours to replace');
    expect((await service.call('getSaveOverview')).section.plaintextFiles).toEqual([]);
  });

  it('a folder inside the migration folder that is a link is refused on the way to a file', async () => {
    const folder = await migrationFolder();
    const outside = join(dataFolder, 'outside');
    await mkdir(outside);
    const { refuseLinks, LinkRefusedError } = await import('../../../main/fs/durable-write');
    await symlink(outside, join(folder, 'sub'));
    await expect(refuseLinks(join(folder, 'sub', 'x.csv'), folder)).rejects.toBeInstanceOf(LinkRefusedError);
    await expect(refuseLinks(join(folder, 'x.csv'), folder)).resolves.toBeUndefined();
  });

  it('a file that would be replaced is said before the export is read', async () => {
    const folder = await migrationFolder();
    await writeFile(join(folder, 'passwords-bitwarden.csv'), 'old');
    // The export is not even readable: the answer is still "exists", so nothing was decoded.
    const outcome = await service.call('convertPasswords', { exportPath: join(dataFolder, 'no-such-export.txt'), format: 'bitwarden' });
    expect(outcome).toEqual({ status: 'exists', existing: [join(folder, 'passwords-bitwarden.csv')] });
    expect(await gone(join(folder, 'passwords-bitwarden.csv'))).toBe(false);
  });
});

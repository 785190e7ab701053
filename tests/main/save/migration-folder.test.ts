import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateMigrationReport } from '../../../main/save/migration-report';
import { createDefaultMigrationFolder, defaultFolderName, prepareChosenFolder } from '../../../main/save/migration-folder';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'safeswitch-folder-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('migration folder', () => {
  const now = new Date(2026, 10, 22, 9, 30);

  it('names the default folder by the local date', () => {
    expect(defaultFolderName(now)).toBe('SafeSwitch 2026-11-22');
  });

  it('creates a new dated folder in Documents and never reuses one', async () => {
    const documents = join(root, 'Documents');
    const first = await createDefaultMigrationFolder(documents, now);
    const second = await createDefaultMigrationFolder(documents, now);
    expect(first).toBe(join(documents, 'SafeSwitch 2026-11-22'));
    expect(second).toBe(join(documents, 'SafeSwitch 2026-11-22 (2)'));
    if (process.platform !== 'win32') expect((await stat(first)).mode & 0o777).toBe(0o700);
  });

  it('creates a chosen folder that does not exist yet', async () => {
    const chosen = join(root, 'my backup', 'passwords');
    expect(await prepareChosenFolder(`  ${chosen}  `)).toBe(chosen);
    expect((await stat(chosen)).isDirectory()).toBe(true);
  });

  it('refuses a folder whose report files belong to something else, but reuses its own', async () => {
    const foreign = join(root, 'foreign');
    await mkdir(foreign);
    await writeFile(join(foreign, 'report.html'), '<p>my own report</p>');
    await expect(prepareChosenFolder(foreign)).rejects.toMatchObject({ reason: 'names-taken' });

    const ours = join(root, 'ours');
    await mkdir(ours);
    await updateMigrationReport(ours, 'save', { title: 'Saved' });
    expect(await prepareChosenFolder(ours)).toBe(ours);
  });

  it('refuses a relative path, a file, and a folder it cannot write to', async () => {
    await expect(prepareChosenFolder('backup')).rejects.toMatchObject({ reason: 'not-absolute' });
    await writeFile(join(root, 'file.txt'), 'x');
    await expect(prepareChosenFolder(join(root, 'file.txt'))).rejects.toMatchObject({ reason: 'not-a-folder' });
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      const locked = join(root, 'locked');
      await mkdir(locked, { mode: 0o500 });
      await expect(prepareChosenFolder(locked)).rejects.toMatchObject({ reason: 'not-writable' });
    }
  });
});

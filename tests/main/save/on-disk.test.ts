import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderGone, missingFiles } from '../../../main/fs/on-disk';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

describe('a folder that is gone', () => {
  const newTempFolder = tempFoldersRemovedAfterEach();

  it('is a missing path, a file or a link in its place; a folder that is there, or none yet, is not', async () => {
    const temp = newTempFolder();
    const there = join(temp.path, 'SafeSwitch 2026-12-01');
    mkdirSync(there);
    const file = join(temp.path, 'a file');
    writeFileSync(file, 'x');
    const link = join(temp.path, 'a link');
    symlinkSync(there, link);
    expect(await folderGone(null)).toBe(false);
    expect(await folderGone(there)).toBe(false);
    expect(await folderGone(join(temp.path, 'moved away'))).toBe(true);
    expect(await folderGone(file)).toBe(true);
    expect(await folderGone(link)).toBe(true);
  });

  it('names the saved files that are gone, or have a link or a folder in their place', async () => {
    const temp = newTempFolder();
    const kept = join(temp.path, 'passwords-bitwarden.csv');
    writeFileSync(kept, 'x');
    const linked = join(temp.path, 'settings.cfg');
    symlinkSync(kept, linked);
    const folder = join(temp.path, 'report.html');
    mkdirSync(folder);
    const gone = join(temp.path, 'passwords-chrome.csv');
    expect(await missingFiles([kept, linked, folder, gone])).toEqual(new Set([linked, folder, gone]));
  });
});

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderGone } from '../../../main/fs/folder-gone';
import { tempFolder } from '../../helpers/temp-folder';

describe('a folder that is gone', () => {
  const folders: ReturnType<typeof tempFolder>[] = [];
  afterEach(() => {
    for (const f of folders.splice(0)) f.remove();
  });

  it('is a missing path, a file or a link in its place; a folder that is there, or none yet, is not', () => {
    const temp = tempFolder();
    folders.push(temp);
    const there = join(temp.path, 'SafeSwitch 2026-12-01');
    mkdirSync(there);
    const file = join(temp.path, 'a file');
    writeFileSync(file, 'x');
    const link = join(temp.path, 'a link');
    symlinkSync(there, link);
    expect(folderGone(null)).toBe(false);
    expect(folderGone(there)).toBe(false);
    expect(folderGone(join(temp.path, 'moved away'))).toBe(true);
    expect(folderGone(file)).toBe(true);
    expect(folderGone(link)).toBe(true);
  });
});

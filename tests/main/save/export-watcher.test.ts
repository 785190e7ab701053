import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '@shared/api/save-calls';
import { findExportFiles, type WatchedFolder } from '../../../main/save/export-finder';
import { ExportWatcher } from '../../../main/save/export-watcher';

const sniff = (head: Uint8Array) => new TextDecoder().decode(head).replace(/^\uFEFF/, '').startsWith('Websites');
const EXPORT = '\uFEFFWebsites\r\n\r\nWebsite name: a\r\n';

let root: string;
let folders: WatchedFolder[];
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'safeswitch-watch-'));
  folders = [
    { path: join(root, 'Downloads'), folder: 'downloads' },
    { path: join(root, 'Documents'), folder: 'documents' },
  ];
  for (const f of folders) await mkdir(f.path);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('findExportFiles', () => {
  it('lists .txt files that look like an export, newest first, and skips the rest', async () => {
    await writeFile(join(root, 'Downloads', 'Kaspersky Password Manager.txt'), EXPORT);
    await writeFile(join(root, 'Documents', '22-11-2026.TXT'), EXPORT);
    await writeFile(join(root, 'Documents', 'shopping.txt'), 'eggs');
    await writeFile(join(root, 'Documents', 'export.csv'), EXPORT);
    await writeFile(join(root, 'Documents', 'empty.txt'), '');
    await mkdir(join(root, 'Documents', 'folder.txt'));
    await utimes(join(root, 'Documents', '22-11-2026.TXT'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    const files = await findExportFiles(folders, sniff);
    expect(files.map((f) => [f.name, f.folder])).toEqual([
      ['Kaspersky Password Manager.txt', 'downloads'],
      ['22-11-2026.TXT', 'documents'],
    ]);
    expect(files[0]?.sizeBytes).toBe(Buffer.byteLength(EXPORT));
  });

  it('finds nothing (and does not fail) when a folder is missing', async () => {
    expect(await findExportFiles([{ path: join(root, 'nope'), folder: 'downloads' }], sniff)).toEqual([]);
  });
});

describe('ExportWatcher', () => {
  it('offers only exports that appear or change after it started', async () => {
    await writeFile(join(root, 'Downloads', 'old.txt'), EXPORT);
    const found: ExportFile[] = [];
    const watcher = new ExportWatcher({ folders, sniff, onFound: (f) => found.push(f), intervalMs: 60_000 });
    await watcher.start();
    expect(watcher.watching).toBe(true);
    expect(await watcher.poll()).toEqual([]);

    await writeFile(join(root, 'Documents', 'new.txt'), EXPORT);
    await writeFile(join(root, 'Documents', 'notes.txt'), 'not an export');
    await watcher.poll();
    expect(found.map((f) => f.name)).toEqual(['new.txt']);
    await watcher.poll();
    expect(found).toHaveLength(1);

    await utimes(join(root, 'Downloads', 'old.txt'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    await watcher.poll();
    expect(found.map((f) => f.name)).toEqual(['new.txt', 'old.txt']);
    watcher.stop();
    expect(watcher.watching).toBe(false);
  });

  it('two start requests at once leave one timer, so stop really stops it', async () => {
    const found: ExportFile[] = [];
    const watcher = new ExportWatcher({ folders, sniff, onFound: (f) => found.push(f), intervalMs: 5 });
    await Promise.all([watcher.start(), watcher.start()]); // e.g. a double click on "Watch"
    watcher.stop();
    await writeFile(join(root, 'Downloads', 'after-stop.txt'), EXPORT);
    await new Promise((done) => setTimeout(done, 100));
    expect(found).toEqual([]);
  });

  it('stop during start leaves nothing running', async () => {
    const found: ExportFile[] = [];
    const watcher = new ExportWatcher({ folders, sniff, onFound: (f) => found.push(f), intervalMs: 5 });
    const starting = watcher.start();
    watcher.stop(); // the user left the step before the first listing finished
    await starting;
    await writeFile(join(root, 'Downloads', 'after-stop.txt'), EXPORT);
    await new Promise((done) => setTimeout(done, 100));
    expect(found).toEqual([]);
    expect(watcher.watching).toBe(false);
  });
});

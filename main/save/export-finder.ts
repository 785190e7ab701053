import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportFile } from '@shared/api/save-calls';

/** Enough of the file to recognise a KPM export (its first section header and a few fields). */
export const SNIFF_BYTES = 64 * 1024;

/** Decides from a file's first bytes whether it looks like a Kaspersky Password Manager export. */
export type ExportSniffer = (head: Uint8Array) => boolean;

export interface WatchedFolder {
  readonly path: string;
  readonly folder: ExportFile['folder'];
}

export async function readHead(path: string, bytes = SNIFF_BYTES): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Lists the `.txt` files directly in the given folders that look like a KPM export, newest first.
 * A folder that is missing or unreadable is skipped: finding nothing is not an error.
 */
export async function findExportFiles(folders: readonly WatchedFolder[], sniff: ExportSniffer): Promise<ExportFile[]> {
  const found: ExportFile[] = [];
  for (const { path: folderPath, folder } of folders) {
    let names: string[];
    try {
      names = await readdir(folderPath);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.toLowerCase().endsWith('.txt')) continue;
      const path = join(folderPath, name);
      try {
        const info = await stat(path);
        if (!info.isFile() || info.size === 0) continue;
        if (!sniff(await readHead(path))) continue;
        found.push({ path, name, folder, sizeBytes: info.size, modifiedAt: info.mtime.toISOString() });
      } catch {
        // Vanished or unreadable between listing and reading: not an export we can offer.
      }
    }
  }
  return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.path.localeCompare(b.path));
}

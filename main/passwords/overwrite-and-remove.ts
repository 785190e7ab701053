import { lstat, open, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LinkRefusedError, pathInside, refuseLinks } from '../fs/durable-write';

/**
 * Said to the user every time files are deleted this way, because it is true: an overwrite only
 * reaches the blocks the file uses now.
 */
export const SSD_NOTE =
  'The files were overwritten and then removed. On SSDs and most USB sticks, and in backups or cloud folders (OneDrive, iCloud, Dropbox), old copies can remain where SafeSwitch cannot reach them. Keeping the disk encrypted (BitLocker on Windows, FileVault on a Mac) protects those copies.';

export type RemoveStatus = 'removed' | 'missing' | 'not-a-file' | 'failed';

export interface RemoveResult {
  readonly path: string;
  readonly status: RemoveStatus;
  /** True when the contents were overwritten before the file was removed. */
  readonly overwritten: boolean;
  /** Plain sentence for the user. */
  readonly message: string;
}

const CHUNK = 1024 * 1024;

const linkResult = (path: string, link: string): RemoveResult => ({
  path,
  status: 'not-a-file',
  overwritten: false,
  message: `${link} is a shortcut link, so SafeSwitch did not touch ${path}. The file it leads to may still hold your passwords: find it and delete it yourself.`,
});

/**
 * Overwrites a file's contents with zeros (flushed to disk), then removes it. Never throws: every
 * outcome is a result. Refuses folders and symbolic links or junctions, at the file or at any folder
 * between it and `within` (the migration folder): it neither follows nor removes them, and never
 * reports a link as a deleted file, because the passwords are wherever the link leads.
 */
export async function overwriteAndRemove(path: string, within: string | null = null): Promise<RemoveResult> {
  let size: number;
  try {
    // Inside the migration folder, no folder on the way may be a link; a file outside it (the export
    // in Downloads) is only checked itself, below.
    const inside = within === null ? null : pathInside(path, within);
    if (within !== null && inside !== null && inside !== '') await refuseLinks(dirname(path), within);
    const info = await lstat(path);
    if (info.isSymbolicLink()) return linkResult(path, path);
    if (!info.isFile()) return { path, status: 'not-a-file', overwritten: false, message: `${path} is not a file, so it was left alone.` };
    size = info.size;
  } catch (error) {
    if (error instanceof LinkRefusedError) return linkResult(path, error.path);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { path, status: 'missing', overwritten: false, message: `${path} was already gone.` };
    }
    return { path, status: 'failed', overwritten: false, message: `SafeSwitch could not look at ${path}; it was not deleted.` };
  }

  let overwritten = false;
  try {
    const handle = await open(path, 'r+');
    try {
      const zeros = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
      for (let offset = 0; offset < size; offset += zeros.length) {
        await handle.write(zeros, 0, Math.min(zeros.length, size - offset), offset);
      }
      await handle.sync();
      overwritten = true;
    } finally {
      await handle.close();
    }
  } catch {
    // Could not overwrite (read-only file, locked by another program): still try to remove it.
  }
  try {
    await unlink(path);
  } catch {
    return {
      path,
      status: 'failed',
      overwritten,
      message: overwritten
        ? `${path} was overwritten but could not be removed; it no longer holds your passwords. Close any program using it and delete it by hand.`
        : `SafeSwitch could not delete ${path}. Close any program using it and delete it by hand.`,
    };
  }
  return { path, status: 'removed', overwritten, message: overwritten ? `${path} was overwritten and removed.` : `${path} was removed, but could not be overwritten first.` };
}

/** Overwrites and removes each file in turn; one failure does not stop the others. */
export async function overwriteAndRemoveAll(paths: readonly string[], within: string | null = null): Promise<{ results: RemoveResult[]; note: string }> {
  const results: RemoveResult[] = [];
  for (const p of paths) results.push(await overwriteAndRemove(p, within));
  return { results, note: SSD_NOTE };
}

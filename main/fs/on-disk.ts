import { lstatSync } from 'node:fs';
import { lstat } from 'node:fs/promises';

/**
 * True when a folder SafeSwitch made or the user chose is no longer on the disk: moved, deleted, a
 * stick taken out, or something else (a file, a link) in its place. One lstat: cheap enough for every
 * session read, so no screen ticks or lists a folder that is gone. Null (no folder yet) is not gone.
 */
export function folderGone(folder: string | null): boolean {
  if (folder === null) return false;
  try {
    return !lstatSync(folder).isDirectory();
  } catch {
    return true;
  }
}

/**
 * The files of `paths` that are not on the disk now as the regular files SafeSwitch wrote: gone,
 * or a link or a folder in their place.
 */
export async function missingFiles(paths: readonly string[]): Promise<Set<string>> {
  const checked = await Promise.all(paths.map(async (path) => ({ path, file: (await lstat(path).catch(() => null))?.isFile() ?? false })));
  return new Set(checked.filter((c) => !c.file).map((c) => c.path));
}

import { lstat } from 'node:fs/promises';

/**
 * True when a folder SafeSwitch made or the user chose is no longer on the disk: moved, deleted, a
 * stick taken out, or something else (a file, a link) in its place. One lstat, cheap enough for every
 * session read, and never on the main thread: a network folder that went away can take seconds to
 * answer, and the window must not freeze meanwhile. Null (no folder yet) is not gone.
 */
export async function folderGone(folder: string | null): Promise<boolean> {
  if (folder === null) return false;
  return !((await lstat(folder).catch(() => null))?.isDirectory() ?? false);
}

/**
 * The files of `paths` that are not on the disk now as the regular files SafeSwitch wrote: gone,
 * or a link or a folder in their place.
 */
export async function missingFiles(paths: readonly string[]): Promise<Set<string>> {
  const checked = await Promise.all(paths.map(async (path) => ({ path, file: (await lstat(path).catch(() => null))?.isFile() ?? false })));
  return new Set(checked.filter((c) => !c.file).map((c) => c.path));
}

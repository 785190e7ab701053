import { lstatSync } from 'node:fs';

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

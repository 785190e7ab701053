import { access } from 'node:fs/promises';

/** True when something (file, folder, link target) is at `path`; any error reads as "not there". */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

import { readdir, stat } from 'node:fs/promises';
import { win32 } from 'node:path';

/** The two file-system questions the quarantine count asks; tests answer them from a temp folder. */
export interface FolderPort {
  /** Names of the regular files directly in `folder`; rejects like fs (ENOENT, EACCES…). */
  listFiles(folder: string): Promise<string[]>;
  isFolder(path: string): Promise<boolean>;
}

export const nodeFolders: FolderPort = {
  async listFiles(folder) {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => e.name);
  },
  async isFolder(path) {
    try {
      return (await stat(path)).isDirectory();
    } catch {
      return false;
    }
  },
};

/** A DataRoot SafeSwitch will look into: an absolute drive path, nothing left to expand. */
const DRIVE_PATH = /^[A-Za-z]:\\[^%"<>|?*\0\r\n]*$/;
export const QUARANTINE_TIMEOUT_MS = 5_000;

/**
 * Files directly in `folder`. A missing folder is 0 only when its parent exists (Kaspersky simply
 * has nothing quarantined); a missing parent, a refused read or a slow disk is unknown (`null`).
 */
export async function countFiles(folder: string, parent: string, port: FolderPort = nodeFolders, timeoutMs = QUARANTINE_TIMEOUT_MS): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const count = (async (): Promise<number | null> => {
    try {
      return (await port.listFiles(folder)).length;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT') return (await port.isFolder(parent)) ? 0 : null;
      return null; // EACCES/EPERM: self-defense or rights; ENOTDIR: not a folder
    }
  })();
  try {
    return await Promise.race([count, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Items in Kaspersky's quarantine: files in `<DataRoot>\QB` (research detection.md §1.2,
 * "Quarantine/Backup: %DataRoot%\QB"). Only files directly in QB are counted.
 */
export function quarantineCount(dataRoot: string | null | undefined, port: FolderPort = nodeFolders, timeoutMs = QUARANTINE_TIMEOUT_MS): Promise<number | null> {
  if (!dataRoot || !DRIVE_PATH.test(dataRoot)) return Promise.resolve(null);
  const root = win32.normalize(dataRoot);
  return countFiles(win32.join(root, 'QB'), root, port, timeoutMs);
}

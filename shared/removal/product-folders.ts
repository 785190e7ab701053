import type { CommandEnvironment } from './removal-input';
import type { RemovalInfo } from './removal-info';
import { checkWindowsPath, isInsideWindowsFolder } from './windows-path';

const DEFAULT_PROGRAM_FILES = ['C:\\Program Files', 'C:\\Program Files (x86)'];

/**
 * A Windows path in canonical form, or why not: 8.3 short names (`PROGRA~1`, `KASPER~1`) hide which
 * folder is meant, and `Windows.old` holds a previous Windows whose files no longer belong to the
 * installed product. (`..`, `.`, trailing dots and spaces, streams, network and relative paths are
 * refused by checkWindowsPath already.)
 */
export function nonCanonicalReason(path: string): 'short-name' | 'windows-old' | null {
  const segments = path.slice(3).split('\\');
  if (segments.some((s) => /~\d/.test(s))) return 'short-name';
  if (segments.some((s) => s.toLowerCase() === 'windows.old' || s.toLowerCase() === '$windows.~bt' || s.toLowerCase() === '$windows.~ws')) {
    return 'windows-old';
  }
  return null;
}

export function programFilesFolders(env: CommandEnvironment): string[] {
  return [...(env.programFiles ?? DEFAULT_PROGRAM_FILES)].map((f) => f.replace(/\\+$/, ''));
}

/**
 * The product's own folders, where its uninstaller may live: its InstallLocation and the folders of
 * its detected files (processes, the Security Center exe), each only when it is a canonical path at
 * least one folder below Program Files or Program Files (x86) — `C:\Program Files\Vendor\…`, never
 * Program Files itself, ProgramData, a user profile, Temp or Windows.
 */
export function productFolders(info: RemovalInfo, env: CommandEnvironment): string[] {
  const roots = programFilesFolders(env);
  const folders: string[] = [];
  for (const raw of [info.installLocation, ...info.productFolders]) {
    if (raw === null) continue;
    const folder = raw.trim().replace(/\\+$/, '');
    if (checkWindowsPath(folder) !== null || nonCanonicalReason(folder) !== null) continue;
    if (!roots.some((root) => isInsideWindowsFolder(folder, root))) continue;
    if (!folders.some((f) => f.toLowerCase() === folder.toLowerCase())) folders.push(folder);
  }
  return folders;
}

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import type { Platform } from '@shared/contracts/inventory';
import type { InstallerKind } from '@shared/journal/choose-section';

/** Installer types SafeSwitch can check on each system; anything else is refused as `wrong-type`. */
const KINDS_BY_PLATFORM: Readonly<Record<Platform, readonly InstallerKind[]>> = {
  win32: ['exe', 'msi'],
  darwin: ['pkg', 'dmg'],
  linux: [],
};

export function installerKind(path: string): InstallerKind {
  const ext = extname(path).slice(1).toLowerCase();
  return ext === 'exe' || ext === 'msi' || ext === 'pkg' || ext === 'dmg' ? ext : 'other';
}

export function acceptedKinds(platform: Platform): readonly InstallerKind[] {
  return KINDS_BY_PLATFORM[platform];
}

export interface FoundInstaller {
  readonly path: string;
  readonly fileName: string;
  readonly kind: InstallerKind;
  readonly sizeBytes: number;
  readonly modifiedAt: string;
}

/** At most this many, newest first: a Downloads folder can hold hundreds of old setups. */
const MAX_LISTED = 20;

/** Installers in the Downloads folder (not its subfolders), newest first. A missing folder is empty. */
export async function listDownloadedInstallers(downloads: string, platform: Platform): Promise<FoundInstaller[]> {
  const kinds = acceptedKinds(platform);
  if (kinds.length === 0) return [];
  let names: string[];
  try {
    names = await readdir(downloads);
  } catch {
    return [];
  }
  const found: FoundInstaller[] = [];
  for (const name of names) {
    const kind = installerKind(name);
    if (!kinds.includes(kind)) continue;
    const path = join(downloads, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size === 0) continue;
      found.push({ path, fileName: name, kind, sizeBytes: info.size, modifiedAt: info.mtime.toISOString() });
    } catch {
      // Vanished between readdir and stat: simply not listed.
    }
  }
  found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.fileName.localeCompare(b.fileName));
  return found.slice(0, MAX_LISTED);
}

export type PathProblem = 'not-found' | 'wrong-type';

export interface CheckedPath {
  readonly path: string;
  readonly fileName: string;
  readonly kind: InstallerKind;
  readonly problem: PathProblem | null;
}

/**
 * A path the user typed or picked: it must be absolute, name an existing non-empty file, and be an
 * installer type this system runs. Quotes around a pasted path are dropped (Explorer's "Copy as
 * path" adds them); nothing else is rewritten.
 */
export async function checkInstallerPath(raw: string, platform: Platform): Promise<CheckedPath> {
  const trimmed = raw.trim().replace(/^"(.*)"$/, '$1');
  const fileName = basename(trimmed);
  const kind = installerKind(trimmed);
  if (!trimmed || /[\0\r\n]/.test(trimmed) || !isAbsolute(trimmed)) return { path: trimmed, fileName, kind, problem: 'not-found' };
  const path = resolve(trimmed);
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size === 0) return { path, fileName, kind, problem: 'not-found' };
  } catch {
    return { path, fileName, kind, problem: 'not-found' };
  }
  return { path, fileName, kind, problem: acceptedKinds(platform).includes(kind) ? null : 'wrong-type' };
}

export function sha256OfFile(path: string): Promise<string | null> {
  return new Promise((done) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', () => done(null))
      .on('end', () => done(hash.digest('hex')));
  });
}

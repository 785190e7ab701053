import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Collector, CollectorContext } from './collector';
import { bundleInfoFromJson, bundleInfoFromXml, type BundleInfo } from './plist-reader';

/** Where apps live; Kaspersky installs into /Applications (research §2.1, detect by bundle id). */
export function appFolders(home = homedir()): string[] {
  return ['/Applications', '/Applications/Utilities', join(home, 'Applications')];
}
export const PLUTIL = '/usr/bin/plutil';

async function readBundle(context: CollectorContext, appPath: string): Promise<BundleInfo | null> {
  const plist = join(appPath, 'Contents', 'Info.plist');
  let raw: Buffer;
  try {
    raw = await readFile(plist);
  } catch {
    return null;
  }
  if (raw.subarray(0, 6).toString('latin1') !== 'bplist') return bundleInfoFromXml(raw.toString('utf8'));
  const result = await context.run({ file: PLUTIL, args: ['-convert', 'json', '-o', '-', plist], timeoutMs: 5_000 });
  return result.exitCode === 0 ? bundleInfoFromJson(result.stdout) : null;
}

/** Subfolders looked into per apps folder, and apps read per subfolder: bounded on a crowded disk. */
const MAX_SUBFOLDERS = 400;
const MAX_APPS_PER_FOLDER = 200;

/**
 * The .app bundles of one folder, and of its plain subfolders one level down: vendors install into
 * their own folders (/Applications/Bitdefender/, /Applications/Intego/, /Applications/Sophos/).
 */
export async function listAppBundles(folder: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const apps = entries.filter((e) => e.name.endsWith('.app')).map((e) => join(folder, e.name));
  const subfolders = entries
    .filter((e) => e.isDirectory() && !e.name.endsWith('.app') && !e.name.startsWith('.') && e.name !== 'Utilities')
    .slice(0, MAX_SUBFOLDERS);
  const nested = await Promise.all(
    subfolders.map(async (sub) => {
      try {
        const names = (await readdir(join(folder, sub.name))).filter((n) => n.endsWith('.app')).slice(0, MAX_APPS_PER_FOLDER);
        return names.map((n) => join(folder, sub.name, n));
      } catch {
        return [];
      }
    }),
  );
  return [...apps, ...nested.flat()];
}

export function createMacAppsCollector(folders?: readonly string[]): Collector {
  return {
    name: 'apps',
    platforms: ['darwin'],
    timeoutMs: 20_000,
    async collect(context) {
      const apps: { bundleId: string | null; name: string; path: string; version: string | null }[] = [];
      for (const folder of folders ?? appFolders()) {
        const paths = await listAppBundles(folder);
        const infos = await Promise.all(paths.map((p) => readBundle(context, p)));
        paths.forEach((path, i) => {
          const info = infos[i];
          const fallback = path.slice(path.lastIndexOf('/') + 1).replace(/\.app$/, '');
          apps.push({ bundleId: info?.bundleId ?? null, name: info?.name ?? fallback, path, version: info?.version ?? null });
        });
      }
      return { apps };
    },
  };
}

export const macAppsCollector = createMacAppsCollector();

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

export function createMacAppsCollector(folders?: readonly string[]): Collector {
  return {
    name: 'apps',
    platforms: ['darwin'],
    timeoutMs: 20_000,
    async collect(context) {
      const apps: { bundleId: string | null; name: string; path: string; version: string | null }[] = [];
      for (const folder of folders ?? appFolders()) {
        let names: string[] = [];
        try {
          names = (await readdir(folder)).filter((n) => n.endsWith('.app'));
        } catch {
          continue;
        }
        const infos = await Promise.all(names.map((n) => readBundle(context, join(folder, n))));
        names.forEach((n, i) => {
          const info = infos[i];
          apps.push({ bundleId: info?.bundleId ?? null, name: info?.name ?? n.replace(/\.app$/, ''), path: join(folder, n), version: info?.version ?? null });
        });
      }
      return { apps };
    },
  };
}

export const macAppsCollector = createMacAppsCollector();

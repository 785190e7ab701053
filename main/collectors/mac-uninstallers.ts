import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { UninstallerEntry } from '@shared/contracts/inventory';
import { CATALOG } from '@shared/detection/catalog/catalog';
import type { Catalog } from '@shared/detection/catalog/signature-types';
import type { Collector } from './collector';

/** Every vendor uninstaller path the catalog lists (research detection.md §2.1), once each. */
export function knownMacUninstallers(catalog: Catalog = CATALOG): { path: string; vendor: string }[] {
  const seen = new Map<string, string>();
  for (const product of catalog.products) {
    for (const path of product.macUninstallers ?? []) if (!seen.has(path)) seen.set(path, product.vendor);
  }
  return [...seen].map(([path, vendor]) => ({ path, vendor }));
}

/**
 * Whether the uninstaller is really there: a script must be a file, an `.app` a folder (a bundle).
 * Anything unreadable counts as absent: only what exists is recorded, nothing is assumed.
 */
async function present(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return /\.app$/i.test(path) ? info.isDirectory() : info.isFile();
  } catch {
    return false;
  }
}

/**
 * macOS: which of the catalog's vendor uninstallers exist, by file-system checks only (no command,
 * no shell). `root` lets tests point at a folder that stands in for `/`; the recorded path is
 * always the catalog's own.
 */
export function createMacUninstallersCollector(options: { root?: string; catalog?: Catalog } = {}): Collector {
  return {
    name: 'uninstallers',
    platforms: ['darwin'],
    timeoutMs: 5_000,
    async collect() {
      const known = knownMacUninstallers(options.catalog);
      const found = await Promise.all(known.map((u) => present(options.root ? join(options.root, u.path) : u.path)));
      const uninstallers: UninstallerEntry[] = known.filter((_, i) => found[i]);
      return { uninstallers };
    },
  };
}

export const macUninstallersCollector = createMacUninstallersCollector();

import type { Inventory } from '@shared/contracts/inventory';
import type { DetectedProduct } from '@shared/contracts/scan-report';
import type { Footprint } from '@shared/journal/remove-section';

/**
 * What one product looks like on the machine just before its removal: the inventory entries its
 * scan evidence names, plus its install and data folders. Verification later checks each of these
 * again, so "gone" means gone item by item, not just "the scan no longer names the product".
 */

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();
const baseName = (s: string): string => lower(s.split(/[\\/]/).pop());
const trimEnd = (s: string): string => s.replace(/[\\/]+$/, '');

/** Evidence values whose source mentions one of the words (detection names its sources freely). */
export function evidenceValues(product: DetectedProduct, ...words: string[]): string[] {
  return product.evidence
    .filter((e) => words.some((w) => lower(e.source).includes(w)))
    .map((e) => e.value.trim())
    .filter((v) => v !== '');
}

function isUnder(path: string | null | undefined, folders: readonly string[]): boolean {
  if (!path) return false;
  const p = lower(path.replace(/^"/, ''));
  return folders.some((f) => {
    const folder = lower(trimEnd(f));
    return p.startsWith(`${folder}\\`) || p.startsWith(`${folder}/`);
  });
}

const unique = (items: Iterable<string>): string[] => [...new Set([...items].filter((i) => i.trim() !== ''))];

export function buildFootprint(product: DetectedProduct, inventory: Inventory): Footprint {
  const name = lower(product.name);
  const named = new Set([name, ...evidenceValues(product, 'uninstall', 'program', 'registry', 'security', 'wsc', 'vendor', 'environment', 'app').map(lower)]);

  const programs = (inventory.programs ?? []).filter((p) => named.has(lower(p.name)));
  const vendorKeys = (inventory.vendorKeys ?? []).filter((k) => named.has(lower(k.productName)));
  const appValues = new Set(evidenceValues(product, 'app', 'bundle').map(lower));
  const apps = (inventory.apps ?? []).filter(
    (a) => named.has(lower(a.name)) || appValues.has(lower(a.path)) || (a.bundleId ? appValues.has(lower(a.bundleId)) : false),
  );
  const folders = unique([
    ...programs.map((p) => p.installLocation ?? ''),
    ...vendorKeys.flatMap((k) => [k.installLocation ?? '', k.dataRoot ?? '']),
    ...apps.map((a) => a.path ?? ''),
  ].map(trimEnd));

  const processNames = new Set(evidenceValues(product, 'process').map(baseName));
  // Detection writes services as `AVP21.3 (Kaspersky Service 21.3)`: the key name comes first.
  const serviceNames = new Set(evidenceValues(product, 'service').map((v) => lower(v.replace(/\s*\(.*\)\s*$/, ''))));
  const driverNames = new Set(evidenceValues(product, 'driver').map((d) => baseName(d).replace(/\.sys$/, '')));
  const packageNames = new Set(evidenceValues(product, 'package').map((v) => lower(v.split(/\s+/)[0])));

  return {
    processes: unique((inventory.processes ?? []).filter((p) => processNames.has(baseName(p.name)) || isUnder(p.path, folders)).map((p) => p.name)),
    services: unique((inventory.services ?? []).filter((s) => serviceNames.has(lower(s.name)) || isUnder(s.path, folders)).map((s) => s.name)),
    programs: unique(programs.map((p) => p.name)),
    securityCenter: unique((inventory.securityCenter ?? []).filter((s) => named.has(lower(s.displayName))).map((s) => s.displayName)),
    drivers: unique((inventory.drivers ?? []).filter((d) => driverNames.has(lower(d.name)) || isUnder(d.path, folders)).map((d) => d.name)),
    apps: unique(apps.map((a) => a.bundleId ?? a.name)),
    packages: unique((inventory.packages ?? []).filter((p) => packageNames.has(lower(p.name))).map((p) => p.name)),
    folders,
  };
}

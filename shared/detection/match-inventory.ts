import type { Inventory } from '../contracts/inventory';
import { SCAN_FORMAT, type DetectedProduct, type ScanReport, type ScanWarning } from '../contracts/scan-report';
import { DEFENDER_PROCESSES, DEFENDER_SERVICES, FIRST_SIGNATURES } from './first-signatures';

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();
/** Process names compare by file name, case-insensitive, with or without `.exe`. */
const baseName = (s: string): string => lower(s.split(/[\\/]/).pop());

/** A pure function from an inventory to the scan report (design.md contract `safeswitch-scan/1`). */
export function matchInventory(inventory: Inventory, warnings: readonly ScanWarning[] = []): ScanReport {
  const processes = inventory.processes ?? [];
  const services = inventory.services ?? [];
  const packages = inventory.packages ?? [];
  const products: DetectedProduct[] = [];

  for (const sig of FIRST_SIGNATURES) {
    const evidence: DetectedProduct['evidence'] = [];
    let running = false;
    for (const p of processes) {
      if (sig.processes.includes(baseName(p.name))) {
        evidence.push({ source: 'process', value: p.name });
        running = true;
      }
    }
    for (const s of services) {
      if (sig.services.includes(lower(s.name))) {
        evidence.push({ source: 'service', value: s.name });
        if (lower(s.state) === 'running') running = true;
      }
    }
    const pkg = packages.find((p) => sig.packages.includes(lower(p.name)));
    if (pkg) evidence.push({ source: 'package', value: `${pkg.name} ${pkg.version ?? ''}`.trim() });
    if (evidence.length === 0) continue;
    products.push({
      id: sig.id,
      vendor: sig.vendor,
      name: sig.name,
      version: pkg?.version ?? null,
      kind: sig.kind,
      running,
      protection: running ? 'on' : 'unknown',
      signatures: 'unknown',
      evidence,
      removal: { method: pkg ? 'package-manager' : 'manual' },
    });
  }

  const defenderSeen =
    processes.some((p) => DEFENDER_PROCESSES.includes(baseName(p.name))) ||
    services.some((s) => DEFENDER_SERVICES.includes(lower(s.name)) && lower(s.state) === 'running');
  const builtIn =
    inventory.os.platform === 'win32'
      ? { name: 'Microsoft Defender Antivirus', protection: defenderSeen ? ('on' as const) : ('unknown' as const) }
      : null;

  return {
    format: SCAN_FORMAT,
    os: { platform: inventory.os.platform },
    products,
    builtIn,
    warnings: [...warnings],
  };
}

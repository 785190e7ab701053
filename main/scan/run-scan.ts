import type { ScanProgress } from '@shared/api/scan-calls';
import type { Inventory } from '@shared/contracts/inventory';
import type { ScanReport } from '@shared/contracts/scan-report';
import { matchInventory } from '@shared/detection/match-inventory';
import type { SystemPort } from '../system/system-port';

export interface ScanOutcome {
  readonly inventory: Inventory;
  readonly report: ScanReport;
}

/** Collect the machine's inventory and match it: the one scan that Check, Remove and Done all use. */
export async function runScan(system: SystemPort, onProgress?: (p: ScanProgress) => void): Promise<ScanOutcome> {
  const { inventory, warnings } = await system.collectInventory(onProgress);
  const report = { ...matchInventory(inventory, warnings), scannedAt: system.now().toISOString() };
  return { inventory, report };
}

import type { ScanProgress } from '@shared/api/scan-calls';
import type { Inventory } from '@shared/contracts/inventory';
import type { ScanReport } from '@shared/contracts/scan-report';
import { matchInventory } from '@shared/detection/match-inventory';
import type { JournalStore } from '../journal/journal-store';
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

/** A scan that becomes the journal's `lastScan`: what Check shows and what Remove plans from. */
export async function scanAndRecord(
  system: SystemPort,
  journal: JournalStore,
  onProgress?: (p: ScanProgress) => void,
): Promise<ScanOutcome> {
  const outcome = await runScan(system, onProgress);
  await journal.update((j) => ({ ...j, lastScan: outcome.report }));
  return outcome;
}

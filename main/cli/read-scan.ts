import { matchInventory } from '@shared/detection/match-inventory';
import { readInventoryFile } from '../scan/inventory-file';
import { runScan, type ScanOutcome } from '../scan/run-scan';
import { createRealSystem } from '../system/real-system';

/**
 * The scan a CLI command works from: the inventory file a technician names (`--inventory`, an
 * absolute path), or else this machine, scanned live. A bad file throws InventoryFileError (exit 2).
 */
export async function readScan(inventoryPath: string | null): Promise<ScanOutcome> {
  if (inventoryPath === null) return runScan(createRealSystem());
  const inventory = await readInventoryFile(inventoryPath);
  return { inventory, report: matchInventory(inventory) };
}

import type { ApiHandlers } from '@shared/api/contract';
import { matchInventory } from '@shared/detection/match-inventory';
import type { ServiceContext } from './service-context';

export function createScanHandlers(context: ServiceContext): Pick<ApiHandlers, 'scan'> {
  return {
    async scan() {
      const { inventory, warnings } = await context.system.collectInventory((p) => context.emit('scanProgress', p));
      const report = { ...matchInventory(inventory, warnings), scannedAt: context.system.now().toISOString() };
      await context.journal.update((j) => ({ ...j, lastScan: report }));
      return report;
    },
  };
}

import type { ApiHandlers } from '@shared/api/contract';
import { runScan } from '../scan/run-scan';
import type { ServiceContext } from './service-context';

export function createScanHandlers(context: ServiceContext): Pick<ApiHandlers, 'scan'> {
  return {
    async scan() {
      const { report } = await runScan(context.system, (p) => context.emit('scanProgress', p));
      await context.journal.update((j) => ({ ...j, lastScan: report }));
      return report;
    },
  };
}

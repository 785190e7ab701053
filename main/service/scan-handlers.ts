import type { ApiHandlers } from '@shared/api/contract';
import { scanAndRecord } from '../scan/run-scan';
import type { ServiceContext } from './service-context';

export function createScanHandlers(context: ServiceContext): Pick<ApiHandlers, 'scan'> {
  return {
    async scan() {
      const { report } = await scanAndRecord(context.system, context.journal, (p) => context.emit('scanProgress', p));
      return report;
    },
  };
}

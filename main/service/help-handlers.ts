import type { ApiHandlers } from '@shared/api/contract';
import { writeHelpFile } from '../help/write-help-file';
import type { ServiceContext } from './service-context';

export function createHelpHandlers(context: ServiceContext): Pick<ApiHandlers, 'saveHelpFile'> {
  return {
    async saveHelpFile() {
      return writeHelpFile(context);
    },
  };
}

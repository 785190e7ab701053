import type { ApiHandlers } from '@shared/api/contract';
import type { saveCalls } from '@shared/api/save-calls';
import type { ServiceContext } from './service-context';

/** Handlers of the Save step's calls (shared/api/save-calls.ts). */
export function createSaveHandlers(_context: ServiceContext): Pick<ApiHandlers, keyof typeof saveCalls> {
  return {};
}

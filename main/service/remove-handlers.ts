import type { ApiHandlers } from '@shared/api/contract';
import type { removeCalls } from '@shared/api/remove-calls';
import type { ServiceContext } from './service-context';

/** Handlers of the Remove step's calls (shared/api/remove-calls.ts). */
export function createRemoveHandlers(_context: ServiceContext): Pick<ApiHandlers, keyof typeof removeCalls> {
  return {};
}

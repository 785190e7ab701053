import type { ApiHandlers } from '@shared/api/contract';
import type { chooseCalls } from '@shared/api/choose-calls';
import type { ServiceContext } from './service-context';

/** Handlers of the Choose step's calls (shared/api/choose-calls.ts). */
export function createChooseHandlers(_context: ServiceContext): Pick<ApiHandlers, keyof typeof chooseCalls> {
  return {};
}

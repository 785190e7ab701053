import type { Collector } from './collector';
import { realSi } from './si-port';

/** Running processes on every platform, through systeminformation (constant arguments only). */
export const processesCollector: Collector = {
  name: 'processes',
  platforms: ['win32', 'darwin', 'linux'],
  timeoutMs: 20_000,
  async collect(context) {
    return { processes: await (context.si ?? realSi).processes() };
  },
};

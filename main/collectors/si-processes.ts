import si from 'systeminformation';
import type { Collector } from './collector';

/** Running processes on every platform, through systeminformation (constant arguments only). */
export const processesCollector: Collector = {
  name: 'processes',
  platforms: ['win32', 'darwin', 'linux'],
  timeoutMs: 20_000,
  async collect() {
    const data = await si.processes();
    return {
      processes: data.list.map((p) => ({ name: p.name, path: p.path || null, pid: p.pid })),
    };
  },
};

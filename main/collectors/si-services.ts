import si from 'systeminformation';
import type { Collector } from './collector';

/** Services (Windows services, systemd units, launchd jobs as systeminformation sees them). */
export const servicesCollector: Collector = {
  name: 'services',
  platforms: ['win32', 'darwin', 'linux'],
  timeoutMs: 20_000,
  async collect() {
    const list = await si.services('*');
    return {
      services: list.map((s) => ({
        name: s.name,
        displayName: null,
        state: s.running ? 'running' : 'stopped',
        startMode: s.startmode || null,
        path: null,
      })),
    };
  },
};

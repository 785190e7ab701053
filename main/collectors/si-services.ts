import si from 'systeminformation';
import type { Collector } from './collector';

/**
 * Services as systeminformation sees them on macOS and Linux (launchd, init scripts). On Windows
 * win-services.ts reads Win32_Service instead: it has the display names and image paths.
 */
export const servicesCollector: Collector = {
  name: 'services',
  platforms: ['darwin', 'linux'],
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

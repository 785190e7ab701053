import si from 'systeminformation';
import type { Collector } from './collector';

export const osInfoCollector: Collector = {
  name: 'os',
  platforms: ['win32', 'darwin', 'linux'],
  timeoutMs: 10_000,
  async collect() {
    const os = await si.osInfo();
    return { os: { platform: os.platform, distro: os.distro, release: os.release, arch: os.arch } };
  },
};

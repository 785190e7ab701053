import si from 'systeminformation';
import type { Collector } from './collector';

/** OS facts on macOS and Linux; on Windows the probe reads them (si.osInfo would start chcp and reg.exe). */
export const osInfoCollector: Collector = {
  name: 'os',
  platforms: ['darwin', 'linux'],
  timeoutMs: 10_000,
  async collect() {
    const os = await si.osInfo();
    return { os: { platform: os.platform, distro: os.distro, release: os.release, arch: os.arch } };
  },
};

import type { PackageEntry } from '@shared/contracts/inventory';
import type { Collector, CollectorContext } from './collector';
import { failure } from './command-failure';

/**
 * Installed packages on Linux: dpkg (Debian, Ubuntu) and rpm (Fedora, RHEL, SUSE). Whichever tool
 * is missing is simply not this machine's package manager: no warning.
 */
export const DPKG_QUERY = '/usr/bin/dpkg-query';
export const DPKG_ARGS = ['-W', '-f=${Package}\\t${Version}\\t${db:Status-Abbrev}\\n'];
export const RPM = '/usr/bin/rpm';
export const RPM_ARGS = ['-qa', '--qf', '%{NAME}\\t%{VERSION}-%{RELEASE}\\n'];

/** `dpkg-query -W` lines; only fully installed packages (`ii`), not removed-with-config (`rc`). */
export function parseDpkgQuery(output: string): PackageEntry[] {
  return output.split('\n').flatMap((line) => {
    const [name, version, status] = line.split('\t');
    if (!name || !status?.startsWith('ii')) return [];
    return [{ name, version: version || null, manager: 'dpkg' }];
  });
}

export function parseRpmQuery(output: string): PackageEntry[] {
  return output.split('\n').flatMap((line) => {
    const [name, version] = line.trim().split('\t');
    return name ? [{ name, version: version || null, manager: 'rpm' }] : [];
  });
}

async function query(context: CollectorContext, file: string, args: string[], parse: (out: string) => PackageEntry[]) {
  const result = await context.run({ file, args, timeoutMs: 20_000 });
  if (result.spawnError === 'ENOENT') return [];
  if (result.exitCode !== 0) throw failure(file, result);
  return parse(result.stdout);
}

export const dpkgCollector: Collector = {
  name: 'dpkg-packages',
  platforms: ['linux'],
  timeoutMs: 25_000,
  async collect(context) {
    return { packages: await query(context, DPKG_QUERY, DPKG_ARGS, parseDpkgQuery) };
  },
};

export const rpmCollector: Collector = {
  name: 'rpm-packages',
  platforms: ['linux'],
  timeoutMs: 25_000,
  async collect(context) {
    return { packages: await query(context, RPM, RPM_ARGS, parseRpmQuery) };
  },
};

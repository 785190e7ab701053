import type { PackageEntry } from '@shared/contracts/inventory';
import type { Collector } from './collector';
import { failure } from './command-failure';

/** Installer receipts (`pkgutil --pkgs`): KES for Mac leaves com.kaspersky.kav.core (research §2.1). */
export const PKGUTIL = '/usr/sbin/pkgutil';

export function parsePkgutil(output: string): PackageEntry[] {
  return output.split('\n').flatMap((line) => {
    const id = line.trim();
    return id ? [{ name: id, version: null, manager: 'pkgutil' }] : [];
  });
}

export const pkgutilCollector: Collector = {
  name: 'pkgutil-receipts',
  platforms: ['darwin'],
  timeoutMs: 15_000,
  async collect(context) {
    const result = await context.run({ file: PKGUTIL, args: ['--pkgs'], timeoutMs: 12_000 });
    if (result.exitCode !== 0) throw failure('pkgutil', result);
    return { packages: parsePkgutil(result.stdout) };
  },
};

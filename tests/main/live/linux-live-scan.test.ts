import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchInventory } from '@shared/detection/match-inventory';
import { createRealSystem } from '../../../main/system/real-system';
import {
  acquireStandInLock,
  buildStandInKesl,
  installStandInKesl,
  removeStandInKesl,
  STAND_IN_VERSION,
  standInSkipReason,
  startStandInKeslProcess,
} from '../../helpers/stand-in-kesl';

/** The installed version of a Debian package, straight from dpkg, or null. */
function dpkgVersion(name: string): string | null {
  const r = spawnSync('/usr/bin/dpkg-query', ['-W', '-f=${db:Status-Abbrev}\t${Version}', name], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.startsWith('ii')) return null;
  return r.stdout.split('\t')[1] ?? null;
}

function skipReason(): string | null {
  const standIn = standInSkipReason();
  if (standIn) return standIn;
  if (!dpkgVersion('clamav-daemon')) return 'clamav-daemon is not installed (CI runs apt-get install -y clamav-daemon dpkg-dev first)';
  return null;
}

const reason = skipReason();
if (reason) console.warn(`live Linux scan test skipped: ${reason}`);

describe.skipIf(reason !== null)(`live Linux scan with ClamAV and a stand-in KESL${reason ? ` [skipped: ${reason}]` : ''}`, () => {
  let dir = '';
  let keslProcess: ChildProcess | null = null;
  let release: (() => void) | null = null;

  beforeAll(async () => {
    // The live removal test installs and purges the same package: one at a time.
    release = await acquireStandInLock();
    dir = mkdtempSync(join(tmpdir(), 'safeswitch-kesl-'));
    installStandInKesl(buildStandInKesl(dir));
    keslProcess = startStandInKeslProcess();
  }, 360_000);

  afterAll(() => {
    // Always clean up, even when the test failed: process, package, build folder, lock.
    try {
      removeStandInKesl(keslProcess);
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
      release?.();
    }
  }, 120_000);

  it('finds ClamAV and KESL on this machine, with versions from dpkg', async () => {
    const { inventory, warnings } = await createRealSystem().collectInventory();
    const report = matchInventory(inventory, warnings);

    const clamav = report.products.find((p) => p.id === 'clamav');
    expect(clamav).toMatchObject({ vendor: 'Cisco', name: 'ClamAV', kind: 'antivirus', version: dpkgVersion('clamav-daemon') });
    expect(clamav?.removal).toMatchObject({ method: 'package-manager', packageManager: 'dpkg' });

    const kesl = report.products.find((p) => p.id === 'kaspersky-endpoint-security-linux');
    expect(kesl).toMatchObject({
      vendor: 'Kaspersky',
      name: 'Kaspersky Endpoint Security for Linux',
      kind: 'antivirus',
      version: STAND_IN_VERSION,
      running: true,
      removal: { method: 'package-manager', packages: ['kesl'], packageManager: 'dpkg' },
    });
    expect(dpkgVersion('kesl')).toBe(STAND_IN_VERSION);
    const sources = new Set(kesl?.evidence.map((e) => e.source));
    expect([...sources].sort()).toEqual(expect.arrayContaining(['package', 'process', 'unit']));
    expect(report.products.filter((p) => p.vendor === 'Kaspersky')).toHaveLength(1);
  }, 60_000);
});

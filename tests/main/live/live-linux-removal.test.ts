import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRemovalPlan } from '@shared/removal';
import { commandEnvironmentFor } from '../../../main/removal/command-environment';
import { migrationLogPath } from '../../../main/removal/migration-log';
import { runRemovalCommand } from '../../../main/removal/run-removal-command';
import { runScan } from '../../../main/scan/run-scan';
import { createRealSystem } from '../../../main/system/real-system';

/**
 * Issue 5, point 7: on a real Debian machine, as root (CI), a stand-in `kesl` package is
 * detected by the real live scan, planned, removed through the removal runner with the real System
 * port (`/usr/bin/apt-get remove -y kesl`), and verified gone; the migration log shows the command.
 *
 * The stand-in is an empty package named `kesl` (the Kaspersky Endpoint Security for Linux package
 * name from research detection.md §2.2) holding one marker file; it is never a real product.
 */
const ID = 'kaspersky-endpoint-security-linux';
const MARKER = '/opt/kaspersky/kesl/SAFESWITCH-STAND-IN';
const MAINTAINER = 'SafeSwitch tests <tests@safeswitch.invalid>';

function whySkip(): string | null {
  if (process.platform !== 'linux') return 'needs Linux';
  if (process.getuid?.() !== 0) return 'needs root (installs and removes a package; runs as root in CI)';
  for (const tool of ['/usr/bin/dpkg', '/usr/bin/dpkg-deb', '/usr/bin/dpkg-query', '/usr/bin/apt-get']) {
    if (!existsSync(tool)) return `needs Debian's ${tool}`;
  }
  const installed = dpkgField('kesl', '${db:Status-Abbrev}|${Maintainer}');
  if (installed?.startsWith('ii') && !installed.includes(MAINTAINER)) return 'a real kesl package is installed here; not touching it';
  return null;
}

/** `dpkg-query -W -f FORMAT NAME`, or null when the package is unknown. */
function dpkgField(name: string, format: string): string | null {
  try {
    return execFileSync('/usr/bin/dpkg-query', ['-W', `-f=${format}`, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

function installStandIn(folder: string): void {
  const root = join(folder, 'kesl');
  mkdirSync(join(root, 'DEBIAN'), { recursive: true });
  mkdirSync(join(root, 'opt/kaspersky/kesl'), { recursive: true });
  writeFileSync(
    join(root, 'DEBIAN/control'),
    [
      'Package: kesl',
      'Version: 12.0.0-4871',
      'Architecture: all',
      `Maintainer: ${MAINTAINER}`,
      'Section: misc',
      'Priority: optional',
      'Description: SafeSwitch test stand-in for Kaspersky Endpoint Security for Linux',
      ' An empty package with the same name, used only by the live removal test.',
      '',
    ].join('\n'),
  );
  writeFileSync(join(root, MARKER.slice(1)), 'stand-in\n');
  const deb = join(folder, 'kesl_12.0.0-4871_all.deb');
  execFileSync('/usr/bin/dpkg-deb', ['--root-owner-group', '--build', root, deb], { stdio: 'ignore' });
  execFileSync('/usr/bin/dpkg', ['-i', deb], { stdio: 'ignore' });
}

const skip = whySkip();
let folder = '';

describe.skipIf(skip !== null)(`live Linux removal of a stand-in kesl${skip ? ` (skipped: ${skip})` : ''}`, () => {
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'safeswitch-live-removal-'));
    installStandIn(folder);
  }, 120_000);

  afterAll(() => {
    // Leave the machine as it was even when the test failed half-way: only ever our stand-in.
    const left = dpkgField('kesl', '${Maintainer}');
    if (left?.includes(MAINTAINER)) execFileSync('/usr/bin/dpkg', ['--purge', 'kesl'], { stdio: 'ignore' });
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 120_000);

  it('detects, plans, removes with apt-get through the runner, verifies gone, logs the exact command', async () => {
    const system = createRealSystem();
    const logFolder = join(folder, 'migration');

    const before = (await runScan(system)).report;
    const product = before.products.find((p) => p.id === ID);
    expect(product, 'the live scan finds the stand-in kesl package').toBeDefined();
    expect(product?.removal).toMatchObject({ method: 'package-manager', packages: ['kesl'] });

    const plan = buildRemovalPlan({ report: before, selectedIds: [ID], environment: commandEnvironmentFor('linux', logFolder) });
    const command = plan.products[0]?.steps.find((s) => s.kind === 'run-uninstaller')?.command;
    expect(command).toMatchObject({ file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'], elevation: 'safeswitch-asks' });
    if (!command) return;

    let output = '';
    const result = await runRemovalCommand(system, command, { logFolder, productId: ID, onOutput: (chunk) => (output += chunk) });
    expect(result.dryRun).toBe(false);
    if (result.dryRun) return;
    expect(result.outcome, `apt-get said:\n${output}${result.stderr}`).toMatchObject({ outcome: 'success' });
    expect(output).toMatch(/Removing kesl/);

    const after = (await runScan(system)).report;
    expect(after.products.map((p) => p.id)).not.toContain(ID);
    expect(dpkgField('kesl', '${db:Status-Abbrev}') ?? '').not.toMatch(/^ii/);
    expect(existsSync(MARKER)).toBe(false);

    const log = readFileSync(migrationLogPath(logFolder), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log).toMatchObject([
      { event: 'command-started', productId: ID, file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'], elevation: 'already-root' },
      { event: 'command-finished', productId: ID, file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'], exitCode: 0, outcome: 'success' },
    ]);
    expect(typeof log[1]?.durationMs).toBe('number');
  }, 180_000);
});

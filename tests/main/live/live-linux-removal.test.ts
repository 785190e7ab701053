import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRemovalPlan } from '@shared/removal';
import { commandEnvironmentFor } from '../../../main/removal/command-environment';
import { migrationLogPath } from '../../../main/removal/migration-log';
import { runRemovalCommand } from '../../../main/removal/run-removal-command';
import { runScan } from '../../../main/scan/run-scan';
import { createRealSystem } from '../../../main/system/real-system';
import {
  acquireStandInLock,
  installStandInKesl,
  isStandInInstalled,
  purgeStandInKesl,
  STAND_IN_MARKER,
  standInSkipReason,
} from '../../helpers/stand-in-kesl';

/**
 * Issue 5, point 7: on a real Debian machine, as root (CI), a stand-in `kesl` package is
 * detected by the real live scan, planned, removed through the removal runner with the real System
 * port (`/usr/bin/apt-get remove -y kesl`), and verified gone; the migration log shows the command.
 * The stand-in package comes from tests/helpers/stand-in-kesl.ts; its lock keeps other live tests
 * that use the same package from running at the same moment.
 */
const ID = 'kaspersky-endpoint-security-linux';

const skip = standInSkipReason();
let folder = '';
let release: (() => void) | null = null;

describe.skipIf(skip !== null)(`live Linux removal of a stand-in kesl${skip ? ` (skipped: ${skip})` : ''}`, () => {
  beforeAll(async () => {
    release = await acquireStandInLock();
    folder = mkdtempSync(join(tmpdir(), 'safeswitch-live-removal-'));
    installStandInKesl();
  }, 360_000);

  afterAll(() => {
    // Leave the machine as it was even when the test failed half-way: only ever our stand-in.
    try {
      purgeStandInKesl();
    } finally {
      if (folder) rmSync(folder, { recursive: true, force: true });
      release?.();
    }
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
    expect(isStandInInstalled()).toBe(false);
    expect(existsSync(STAND_IN_MARKER)).toBe(false);

    const log = readFileSync(migrationLogPath(logFolder), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log).toMatchObject([
      { event: 'command-started', productId: ID, file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'], elevation: 'already-root' },
      { event: 'command-finished', productId: ID, file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'], exitCode: 0, outcome: 'success' },
    ]);
    expect(typeof log[1]?.durationMs).toBe('number');
  }, 180_000);
});

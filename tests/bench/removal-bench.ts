import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchInventory } from '../../shared/detection/match-inventory';
import { buildRemovalPlan, type UninstallCommand } from '../../shared/removal';
import { runPlanCommand } from '../../main/cli/plan-command';
import { runRemovalCommand } from '../../main/removal/run-removal-command';
import { runCommand } from '../../main/system/run-command';
import type { SystemPort } from '../../main/system/system-port';
import { median, timeIt, type BenchFigure } from './bench-figure';

const FIXTURE = join(__dirname, '../fixtures/inventories/kaspersky-kts-vpn-kpm.from-research.json');

/** The plan is rebuilt on every tick in the Remove step; the runner adds little to an uninstaller's own time. */
export async function run(): Promise<BenchFigure[]> {
  const report = matchInventory(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const ids = report.products.map((p) => p.id);
  const environment = { platform: 'win32' as const, logFolder: 'C:\\SafeSwitch' };
  const perPlan: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const { ms } = await timeIt(() => {
      for (let i = 0; i < 1000; i += 1) buildRemovalPlan({ report, selectedIds: ids, environment });
    });
    perPlan.push(ms); // ms per 1000 plans = µs per plan
  }

  const io = { stdout: () => undefined, stderr: () => undefined, cwd: process.cwd() };
  const cli = await timeIt(() => runPlanCommand(['--inventory', FIXTURE, '--json', '--dry-run'], io));

  const folder = mkdtempSync(join(tmpdir(), 'safeswitch-removal-bench-'));
  const system: SystemPort = {
    machine: { kind: 'real', name: null, platform: 'linux' },
    paths: { home: folder, documents: folder, downloads: folder },
    collectInventory: async () => ({ inventory: { format: 'safeswitch-inventory/1', os: { platform: 'linux' } }, warnings: [] }),
    run: runCommand,
    folderExists: async () => false,
    appLaunch: null,
    now: () => new Date(),
  };
  const trueCommand: UninstallCommand = { kind: 'package-manager', file: '/bin/true', args: [], elevation: 'none', timeoutMs: 10_000, logFile: null, source: 'bench', signature: null, trust: null };
  const spawnOnly: number[] = [];
  const throughRunner: number[] = [];
  for (let round = 0; round < 15; round += 1) {
    spawnOnly.push((await timeIt(() => runCommand({ file: '/bin/true', args: [] }))).ms);
    throughRunner.push((await timeIt(() => runRemovalCommand(system, trueCommand, { logFolder: folder, productId: 'bench' }))).ms);
  }
  rmSync(folder, { recursive: true, force: true });

  return [
    { name: `buildRemovalPlan, ${ids.length} products (median of 7×1000)`, value: Number(median(perPlan).toFixed(1)), unit: 'µs', aim: '≤ 1000 µs' },
    { name: 'plan --json --dry-run from an inventory, one run', value: Number(cli.ms.toFixed(1)), unit: 'ms', aim: '≤ 300 ms' },
    { name: 'spawn /bin/true (median of 15)', value: Number(median(spawnOnly).toFixed(2)), unit: 'ms' },
    { name: 'runRemovalCommand /bin/true incl. 2 log lines and classification (median of 15)', value: Number(median(throughRunner).toFixed(2)), unit: 'ms', aim: '≤ spawn + 10 ms' },
  ];
}

import { matchInventory } from '@shared/detection/match-inventory';
import { allCollectors } from '../../main/collectors/all-collectors';
import type { Collector, CollectorContext } from '../../main/collectors/collector';
import { runCollectors, runScanCollectors } from '../../main/collectors/run-collectors';
import type { SiPort } from '../../main/collectors/si-port';
import type { CommandSpec } from '../../main/system/system-port';
import { probeRecording, probeStdout } from '../main/collectors/probe-recordings';
import { currentPlatform } from '../../main/system/real-system';
import { runCommand } from '../../main/system/run-command';
import { median, timeIt, type BenchFigure } from './bench-figure';
import { generateInventory } from './scan-inventory-generator';

const RUNS = 3;
const MATCH_RUNS = 15;
const MATCH_SIZE = 20_000;

async function timesMs(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timeIt(fn)).ms);
  return times;
}
const medianMs = async (fn: () => Promise<unknown>, runs: number): Promise<number> => median(await timesMs(fn, runs));

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

const RECORDINGS = ['windows-probe-ru.assembled-from-captured.json', 'windows-probe-de.assembled-from-captured.json', 'windows-probe-server.assembled.json'];

/**
 * Processes a Windows scan starts, counted on the recorded Windows machines: every command the
 * collectors run (through the same port removal uses) plus every systeminformation PowerShell
 * session they open. Issue 9.1: at most 2 (the probe, and si's persistent PowerShell).
 */
async function windowsProcessesPerScan(): Promise<number> {
  let most = 0;
  for (const file of RECORDINGS) {
    const started: CommandSpec[] = [];
    let sessions = 0;
    const si: SiPort = { processes: () => Promise.resolve([]), beginSession: () => void (sessions += 1), endSession: () => undefined };
    const stdout = probeStdout(probeRecording(file));
    const run = (spec: CommandSpec) => {
      started.push(spec);
      return Promise.resolve({ exitCode: 0, signal: null, stdout, stderr: '', durationMs: 1, timedOut: false, spawnError: null });
    };
    await runScanCollectors(allCollectors, { platform: 'win32', run, si });
    most = Math.max(most, started.length + sessions);
  }
  return most;
}

/**
 * Scan figures: the live scan next to its slowest collector alone (their ratio shows how well
 * the collectors overlap: 1.0 is perfect parallelism), the matcher on a generated 20,000-entry
 * inventory, and the process's peak memory.
 */
export async function run(): Promise<BenchFigure[]> {
  const context: CollectorContext = { platform: currentPlatform(), run: runCommand };
  const mine = allCollectors.filter((c) => c.platforms.includes(context.platform));

  // Warm-up: first spawns and systeminformation's caches should not decide either figure.
  await runCollectors(mine, context);

  const scanMs = await medianMs(() => runCollectors(mine, context), RUNS);
  let slowest: { collector: Collector; ms: number } | null = null;
  for (const collector of mine) {
    const ms = await medianMs(() => runCollectors([collector], context), RUNS);
    if (!slowest || ms > slowest.ms) slowest = { collector, ms };
  }

  const inventory = generateInventory(MATCH_SIZE);
  for (let i = 0; i < 3; i += 1) matchInventory(inventory);
  const heapBefore = process.memoryUsage().heapUsed;
  const matchTimes = await timesMs(async () => matchInventory(inventory), MATCH_RUNS);
  const matchMs = median(matchTimes);
  const heapAfter = process.memoryUsage().heapUsed;
  const products = matchInventory(inventory).products.length;

  const windowsProcesses = await windowsProcessesPerScan();
  const figures: BenchFigure[] = [
    { name: `processes started per Windows scan (most over ${RECORDINGS.length} recorded machines)`, value: windowsProcesses, unit: 'processes', aim: '≤ 2' },
    { name: `live scan wall time (${context.platform}, ${mine.length} collectors, median of ${RUNS})`, value: round(scanMs), unit: 'ms' },
    { name: `slowest single collector alone (${slowest?.collector.name ?? 'none'})`, value: round(slowest?.ms ?? 0), unit: 'ms' },
    { name: 'live scan / slowest collector', value: round(slowest ? scanMs / slowest.ms : 0, 2), unit: '×', aim: '≤ 1.3' },
    { name: `matcher on ${MATCH_SIZE} processes, services and programs (${products} products found, median of ${MATCH_RUNS})`, value: round(matchMs, 2), unit: 'ms', aim: '≤ 50 ms' },
    { name: 'matcher, fastest run (the machine is shared: the median carries other processes\' load)', value: round(Math.min(...matchTimes), 2), unit: 'ms' },
    { name: 'heap growth over the matcher runs', value: round((heapAfter - heapBefore) / 1024 / 1024), unit: 'MB' },
    { name: 'peak resident memory of the bench process', value: round(process.resourceUsage().maxRSS / 1024), unit: 'MB' },
  ];
  return figures;
}

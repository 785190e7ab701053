import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Inventory } from '@shared/contracts/inventory';
import type { Scenario, ScriptedCommand } from '@shared/contracts/scenario';
import type { CommandResult, CommandSpec, InventoryResult, RunOptions, SystemPort } from './system-port';

export type EffectApplier = (inventory: Inventory, effects: Record<string, unknown>) => Inventory;

export interface SimulatedSystemOptions {
  /** Real folder that stands in for the simulated user's home (files are real, contained here). */
  readonly homeFolder: string;
  /** How a scripted command changes the machine; the removal engine provides it. */
  readonly applyEffects?: EffectApplier;
  /** Scale scripted durations (tests use 0 to run instantly). */
  readonly timeScale?: number;
}

const programName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).toLowerCase();

/** A machine driven by a scenario file. Nothing above the System port can tell it from a real one. */
export function createSimulatedSystem(scenario: Scenario, options: SimulatedSystemOptions): SystemPort {
  let inventory: Inventory = structuredClone(scenario.inventory);
  const used = new Map<ScriptedCommand, number>();
  const home = resolve(options.homeFolder);
  const timeScale = options.timeScale ?? 1;

  for (const [relative, content] of Object.entries(scenario.files)) {
    const target = resolve(home, relative);
    if (!target.startsWith(home + sep)) throw new Error(`scenario file escapes the home folder: ${relative}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content, 'utf8');
  }
  for (const folder of ['Documents', 'Downloads']) mkdirSync(join(home, folder), { recursive: true });

  function findOutcome(spec: CommandSpec): ScriptedCommand | undefined {
    const args = spec.args.map((a) => a.toLowerCase());
    return scenario.commands.find((c) => {
      if (programName(c.program) !== programName(spec.file)) return false;
      if (!c.argsInclude.every((needle) => args.some((a) => a.includes(needle.toLowerCase())))) return false;
      return c.times === undefined || (used.get(c) ?? 0) < c.times;
    });
  }

  return {
    machine: { kind: 'simulated', name: scenario.name, platform: scenario.platform },
    paths: { home, documents: join(home, 'Documents'), downloads: join(home, 'Downloads') },
    async collectInventory(onProgress): Promise<InventoryResult> {
      onProgress?.({ collector: 'simulated machine', status: 'started', done: 0, total: 1 });
      await delay(150 * timeScale);
      onProgress?.({ collector: 'simulated machine', status: 'done', done: 1, total: 1 });
      return { inventory: { ...structuredClone(inventory), capturedAt: new Date().toISOString() }, warnings: [] };
    },
    async run(spec: CommandSpec, runOptions: RunOptions = {}): Promise<CommandResult> {
      const outcome = findOutcome(spec);
      if (!outcome) {
        return { exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 0, timedOut: false, spawnError: 'ENOENT' };
      }
      used.set(outcome, (used.get(outcome) ?? 0) + 1);
      if (outcome.stdout) runOptions.onOutput?.(outcome.stdout, 'stdout');
      await delay(outcome.durationMs * timeScale, runOptions.signal);
      if (runOptions.signal?.aborted) {
        return { exitCode: null, signal: 'SIGTERM', stdout: outcome.stdout, stderr: '', durationMs: 0, timedOut: false, spawnError: 'cancelled' };
      }
      if (outcome.stderr) runOptions.onOutput?.(outcome.stderr, 'stderr');
      if (outcome.effects && options.applyEffects) inventory = options.applyEffects(inventory, outcome.effects);
      return {
        exitCode: outcome.exitCode,
        signal: null,
        stdout: outcome.stdout,
        stderr: outcome.stderr,
        durationMs: outcome.durationMs,
        timedOut: false,
        spawnError: null,
      };
    },
    now: () => new Date(),
  };
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      done();
    });
  });
}

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { inventorySchema, type Inventory } from '@shared/contracts/inventory';
import type { Scenario, ScriptedCommand } from '@shared/contracts/scenario';
import { refuseCommand } from './run-command';
import type { AppLaunch, CommandResult, CommandSpec, InventoryResult, RunOptions, SystemPort } from './system-port';

export type EffectApplier = (inventory: Inventory, effects: Record<string, unknown>) => Inventory;

export interface SimulatedSystemOptions {
  /** Real folder that stands in for the simulated user's home (files are real, contained here). */
  readonly homeFolder: string;
  /** How a scripted command changes the machine; the removal engine provides it. */
  readonly applyEffects?: EffectApplier;
  /** Scale scripted durations (tests use 0 to run instantly). */
  readonly timeScale?: number;
  /**
   * Where the changed machine (inventory after effects, scripted outcomes used) is kept, so a
   * restarted preview on the same data folder sees the same machine — as a real restart would.
   */
  readonly stateFile?: string;
  /** The simulated machine's folders (simulated-folders.ts); none exist without it. */
  readonly folderExists?: (path: string) => Promise<boolean>;
  /** Where SafeSwitch is "installed" on the simulated machine. */
  readonly appLaunch?: AppLaunch | null;
}

interface SavedMachine {
  readonly inventory: Inventory;
  /** Uses per scripted command, by its index in the scenario. */
  readonly used: Record<string, number>;
}

const programName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).toLowerCase();

/** A command that never started, as the real runner reports it. */
const notRun = (spawnError: string): CommandResult => ({ exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 0, timedOut: false, spawnError });

/** A machine driven by a scenario file. Nothing above the System port can tell it from a real one. */
export function createSimulatedSystem(scenario: Scenario, options: SimulatedSystemOptions): SystemPort {
  let inventory: Inventory = structuredClone(scenario.inventory);
  const used = new Map<ScriptedCommand, number>();
  const saved = options.stateFile ? readSavedMachine(options.stateFile) : null;
  if (saved) {
    inventory = saved.inventory;
    scenario.commands.forEach((c, i) => used.set(c, saved.used[String(i)] ?? 0));
  }
  const save = (): void => {
    if (!options.stateFile) return;
    const state: SavedMachine = {
      inventory,
      used: Object.fromEntries(scenario.commands.map((c, i) => [String(i), used.get(c) ?? 0])),
    };
    mkdirSync(dirname(options.stateFile), { recursive: true });
    writeFileSync(`${options.stateFile}.tmp`, JSON.stringify(state), 'utf8');
    renameSync(`${options.stateFile}.tmp`, options.stateFile);
  };
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
    const args = searchableArgs(spec.args);
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
      return { inventory: { ...structuredClone(inventory), capturedAt: new Date().toISOString() }, warnings: structuredClone(scenario.warnings) };
    },
    async run(spec: CommandSpec, runOptions: RunOptions = {}): Promise<CommandResult> {
      // The real runner's refusals first: a relative path or a batch file never runs on either machine.
      const refusal = refuseCommand(spec);
      if (refusal) return notRun(refusal);
      const outcome = findOutcome(spec);
      if (!outcome) return notRun('ENOENT');
      used.set(outcome, (used.get(outcome) ?? 0) + 1);
      save();
      if (outcome.stdout) runOptions.onOutput?.(outcome.stdout, 'stdout');
      await delay(outcome.durationMs * timeScale, runOptions.signal);
      if (runOptions.signal?.aborted) {
        return { exitCode: null, signal: 'SIGTERM', stdout: outcome.stdout, stderr: '', durationMs: 0, timedOut: false, spawnError: 'cancelled' };
      }
      if (outcome.stderr) runOptions.onOutput?.(outcome.stderr, 'stderr');
      if (outcome.writesFile) writeScriptedFile(home, spec.args, outcome.writesFile);
      if (outcome.effects && options.applyEffects) {
        inventory = options.applyEffects(inventory, outcome.effects);
        save();
      }
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
    folderExists: options.folderExists ?? (async () => false),
    appLaunch: options.appLaunch ?? null,
    now: () => new Date(),
  };
}

/**
 * The arguments as a scenario matches them: lower-cased, plus the decoded script of a PowerShell
 * `-EncodedCommand` (Base64 of UTF-16LE), so scenarios can match what the script says.
 */
export function searchableArgs(args: readonly string[]): string[] {
  const lower = args.map((a) => a.toLowerCase());
  const at = lower.findIndex((a) => a === '-encodedcommand' || a === '-enc' || a === '-e');
  const encoded = at >= 0 ? args[at + 1] : undefined;
  if (encoded) lower.push(Buffer.from(encoded, 'base64').toString('utf16le').toLowerCase());
  return lower;
}

/** A scripted command that makes a file (e.g. `avp.com EXPORT <file>`), only inside the simulated home. */
function writeScriptedFile(home: string, args: readonly string[], spec: { argument: number; content: string }): void {
  const path = args.at(spec.argument);
  if (!path) return;
  const target = resolve(home, path);
  if (!target.startsWith(home + sep)) return;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, spec.content, 'utf8');
}

/** A saved machine that cannot be read is ignored: the scenario's own machine is the fallback. */
function readSavedMachine(path: string): SavedMachine | null {
  if (!existsSync(path)) return null;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as { inventory?: unknown; used?: unknown };
    const inventory = inventorySchema.safeParse(value.inventory);
    if (!inventory.success || typeof value.used !== 'object' || value.used === null) return null;
    return { inventory: inventory.data, used: value.used as Record<string, number> };
  } catch {
    return null;
  }
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

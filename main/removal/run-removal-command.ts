import type { Platform } from '@shared/contracts/inventory';
import { classifyOutcome, type ClassifiedOutcome, type UninstallCommand } from '@shared/removal';
import type { CommandSpec, SystemPort } from '../system/system-port';
import { currentElevationContext, elevationRoute, toElevatedSpec, type ElevationContext } from './elevate-spec';
import { appendMigrationLog } from './migration-log';
import { readLogTail } from './read-log-tail';
import { checkUninstaller } from './uninstaller-signature';

export interface RemovalRunOptions {
  /** The migration folder: the JSON-lines log goes here (msiexec's own log is already in the command). */
  readonly logFolder: string;
  readonly productId: string;
  /** Live output for the Remove screen. */
  readonly onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** The Cancel button. Cancelling stops SafeSwitch waiting; an elevated uninstaller may finish on its own. */
  readonly signal?: AbortSignal;
  /** Overrides the command's own timeout. */
  readonly timeoutMs?: number;
  /** Show and log the exact command, run nothing. */
  readonly dryRun?: boolean;
  /** Default true. A CLI dry run without --log-folder writes nothing anywhere. */
  readonly writeLog?: boolean;
  /** Defaults to this process (platform of the machine, root or not, %SystemRoot%). */
  readonly elevation?: ElevationContext;
}

export interface RemovalDryRun {
  readonly dryRun: true;
  readonly spec: CommandSpec;
  /** What would be spawned on the real machine once elevation is added. */
  readonly launched: CommandSpec;
  readonly elevation: string;
}

export interface RemovalRunResult {
  readonly dryRun: false;
  readonly spec: CommandSpec;
  readonly elevation: string;
  readonly outcome: ClassifiedOutcome;
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The spec the System port gets: elevation is asked for, the port (real or simulated) provides it. */
export function commandSpecFor(command: UninstallCommand, timeoutMs?: number): CommandSpec {
  return {
    file: command.file,
    args: [...command.args],
    elevate: command.elevation === 'safeswitch-asks',
    timeoutMs: timeoutMs ?? command.timeoutMs,
  };
}

function elevationLabel(command: UninstallCommand, spec: CommandSpec, context: ElevationContext): string {
  return command.elevation === 'program-asks' ? 'program-asks' : elevationRoute(spec, context);
}

/**
 * Runs one uninstall command from the plan through the System port (issue 5, point 3): argument
 * array, absolute path, no shell; only this command is elevated. Every start and finish, with
 * exit code and duration, is appended to the migration log before the result is returned.
 */
export async function runRemovalCommand(
  system: SystemPort,
  command: UninstallCommand,
  options: RemovalRunOptions,
): Promise<RemovalDryRun | RemovalRunResult> {
  const platform: Platform = system.machine.platform;
  const context = options.elevation ?? currentElevationContext(platform);
  const spec = commandSpecFor(command, options.timeoutMs);
  const elevation = elevationLabel(command, spec, context);
  const base = {
    productId: options.productId,
    kind: command.kind,
    file: command.file,
    args: command.args,
    elevation,
  };

  if (options.dryRun) {
    if (options.writeLog !== false) await appendMigrationLog(options.logFolder, { time: system.now().toISOString(), event: 'command-dry-run', ...base });
    return { dryRun: true, spec, launched: toElevatedSpec(spec, context), elevation };
  }

  // The hash pinned at consent rides on the command (the gated plan puts it there); the program's
  // signature and hash are checked again right before launch, and a difference means nothing runs.
  const refused = await launchGate(system, command, command.trust?.sha256 ?? null);
  if (refused) {
    await appendMigrationLog(options.logFolder, { time: system.now().toISOString(), event: 'command-refused', ...base, reason: refused.reason, verdict: refused.verdict, sha256: refused.sha256 });
    return {
      dryRun: false,
      spec,
      elevation,
      outcome: { outcome: 'failed', reason: refused.reason, text: { key: `outcome.${refused.reason}`, params: {} } },
      exitCode: null,
      durationMs: 0,
      stdout: '',
      stderr: '',
    };
  }

  await appendMigrationLog(options.logFolder, { time: system.now().toISOString(), event: 'command-started', ...base });
  const result = await system.run(spec, { onOutput: options.onOutput, signal: options.signal });
  const cancelled = options.signal?.aborted === true;
  const logTail = await readLogTail(command.logFile);
  const outcome = classifyOutcome({
    platform,
    command,
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut,
    spawnError: result.spawnError,
    cancelled,
    output: `${result.stdout}\n${result.stderr}\n${logTail}`,
  });
  await appendMigrationLog(options.logFolder, {
    time: system.now().toISOString(),
    event: 'command-finished',
    ...base,
    exitCode: result.exitCode,
    signal: result.signal,
    durationMs: result.durationMs,
    timedOut: result.timedOut,
    cancelled,
    spawnError: result.spawnError,
    outcome: outcome.outcome,
    reason: outcome.reason,
  });
  return {
    dryRun: false,
    spec,
    elevation,
    outcome,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

interface Refusal {
  readonly reason: 'uninstaller-changed' | 'signature-not-trusted';
  readonly verdict: string;
  readonly sha256: string | null;
}

/**
 * The last look before a program SafeSwitch raises itself is started: its signature again, and its
 * hash against the one pinned at consent. (A file swapped in the instant between this check and the
 * spawn is not caught; the window is one process start.)
 */
async function launchGate(system: SystemPort, command: UninstallCommand, pinned: string | null): Promise<Refusal | null> {
  const check = await checkUninstaller(system, command);
  if (check === null) return null;
  if (check.verdict !== 'trusted') return { reason: 'signature-not-trusted', verdict: check.verdict, sha256: check.sha256 };
  if (pinned !== null && check.sha256 !== pinned.toLowerCase()) return { reason: 'uninstaller-changed', verdict: check.verdict, sha256: check.sha256 };
  return null;
}

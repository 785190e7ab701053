import type { CommandResult } from '../system/system-port';

/** A command that ran but failed becomes an error the collector runner turns into a warning. */
export function failure(tool: string, result: CommandResult): Error {
  if (result.spawnError) return new Error(`${tool} could not be started (${result.spawnError})`);
  if (result.timedOut) return new Error(`${tool} did not finish in time`);
  const detail = result.stderr.trim().split(/\r?\n/)[0] ?? '';
  return new Error(`${tool} exited with code ${String(result.exitCode)}${detail ? `: ${detail}` : ''}`);
}

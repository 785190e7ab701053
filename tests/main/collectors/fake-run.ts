import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectorContext } from '../../../main/collectors/collector';
import type { CommandResult, CommandSpec } from '../../../main/system/system-port';
import type { Platform } from '@shared/contracts/inventory';

export const OUTPUTS = join(__dirname, '../../fixtures/outputs');
export const output = (file: string): string => readFileSync(join(OUTPUTS, file), 'utf8');

export const ok = (stdout: string): CommandResult => ({
  exitCode: 0, signal: null, stdout, stderr: '', durationMs: 1, timedOut: false, spawnError: null,
});
export const exit = (exitCode: number, stderr = '', stdout = ''): CommandResult => ({
  exitCode, signal: null, stdout, stderr, durationMs: 1, timedOut: false, spawnError: null,
});
export const notFound: CommandResult = {
  exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 1, timedOut: false, spawnError: 'ENOENT',
};

/** A CollectorContext whose `run` answers from a rule list and records every call. */
export function fakeContext(
  platform: Platform,
  answer: (spec: CommandSpec) => CommandResult,
): CollectorContext & { calls: CommandSpec[] } {
  const calls: CommandSpec[] = [];
  return {
    platform,
    calls,
    run: (spec) => {
      calls.push(spec);
      return Promise.resolve(answer(spec));
    },
  };
}

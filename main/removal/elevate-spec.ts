import type { Platform } from '@shared/contracts/inventory';
import type { CommandResult, CommandSpec, RunOptions, SystemPort } from '../system/system-port';
import { osascriptAdminSpec } from './mac-admin-prompt';
import { powershellRunAsSpec } from './powershell-runas';

export interface ElevationContext {
  readonly platform: Platform;
  /** Already running as root (process.getuid() === 0): nothing to raise on macOS/Linux. */
  readonly isRoot: boolean;
  /** Windows %SystemRoot%, checked. */
  readonly systemRoot: string;
}

export type ElevationRoute = 'none' | 'powershell-runas' | 'osascript-admin' | 'pkexec' | 'already-root';

/** How a spec with `elevate: true` gets its rights on this machine. */
export function elevationRoute(spec: CommandSpec, context: ElevationContext): ElevationRoute {
  if (!spec.elevate) return 'none';
  if (context.platform === 'win32') return 'powershell-runas';
  if (context.isRoot) return 'already-root';
  return context.platform === 'darwin' ? 'osascript-admin' : 'pkexec';
}

/**
 * Turns a spec that asks for elevation into the unelevated command that raises the system prompt
 * for it alone; any other spec is returned unchanged. Pure, so dry-run shows the exact argv.
 */
export function toElevatedSpec(spec: CommandSpec, context: ElevationContext): CommandSpec {
  const plain: CommandSpec = { file: spec.file, args: spec.args, timeoutMs: spec.timeoutMs };
  switch (elevationRoute(spec, context)) {
    case 'powershell-runas':
      return powershellRunAsSpec(plain, context.systemRoot);
    case 'osascript-admin':
      return osascriptAdminSpec(plain);
    case 'pkexec':
      return { file: '/usr/bin/pkexec', args: [spec.file, ...spec.args], timeoutMs: spec.timeoutMs };
    default:
      return plain;
  }
}

/**
 * A Windows folder from the environment that is safe to build commands on: a drive, then one plain
 * name (no %VAR%, quotes, separators or shell characters). Anything else falls back to the default.
 */
export function isPlainWindowsFolder(path: string): boolean {
  return /^[A-Za-z]:\\[A-Za-z0-9 ._()-]+$/.test(path);
}

/** Checked %SystemRoot% (a plain drive path), else the usual folder. */
export function systemRootFrom(env: NodeJS.ProcessEnv): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? '';
  return isPlainWindowsFolder(root) ? root : 'C:\\Windows';
}

export function currentElevationContext(platform: Platform): ElevationContext {
  return { platform, isRoot: process.getuid?.() === 0, systemRoot: systemRootFrom(process.env) };
}

/**
 * Wraps a machine's `run` so specs with `elevate: true` go through the system prompt
 * (the real System port uses it; a simulated machine answers elevated commands itself).
 */
export function withElevation(run: SystemPort['run'], context: ElevationContext): SystemPort['run'] {
  return (spec: CommandSpec, options?: RunOptions): Promise<CommandResult> => {
    try {
      return run(toElevatedSpec(spec, context), options);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return Promise.resolve({ exitCode: null, signal: null, stdout: '', stderr: message, durationMs: 0, timedOut: false, spawnError: 'elevation-refused' });
    }
  };
}

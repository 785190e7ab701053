import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { isAbsolute } from 'node:path';
import type { CommandResult, CommandSpec, RunOptions } from './system-port';

const DEFAULT_TIMEOUT_MS = 60_000;
/** Output kept per stream; an uninstaller's log can be long, memory must not be. */
const MAX_CAPTURE = 1024 * 1024;

/**
 * Runs one program with an argument array: never a shell, never a .bat/.cmd, always an absolute
 * path (design.md "Rules that keep users safe"). Never throws: failures come back as a result.
 */
export function runCommand(spec: CommandSpec, options: RunOptions = {}): Promise<CommandResult> {
  const started = Date.now();
  const refusal = refuseCommand(spec);
  if (refusal) return Promise.resolve(failed(refusal, started));

  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let spawnError: string | null = null;
    let cancelled = false;
    const child = spawn(spec.file, [...spec.args], {
      shell: false,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group on POSIX so a timeout or cancel stops the program's children too.
      detached: process.platform !== 'win32',
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid);
    }, spec.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const onAbort = () => {
      cancelled = true;
      killTree(child.pid);
    };
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const limit = spec.maxOutput ?? MAX_CAPTURE;
    let truncated = false;
    // One decoder per stream: a character split across two chunks (Cyrillic is two bytes in
    // UTF-8) is joined, not turned into two replacement characters.
    const decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
    const keep = (stream: 'stdout' | 'stderr', chunk: string) => {
      if (chunk === '') return;
      const current = stream === 'stdout' ? stdout : stderr;
      const room = limit - current.length;
      if (chunk.length > room) truncated = true;
      const kept = room > 0 ? current + chunk.slice(0, room) : current;
      if (stream === 'stdout') stdout = kept;
      else stderr = kept;
      options.onOutput?.(chunk, stream);
    };
    const take = (stream: 'stdout' | 'stderr') => (data: Buffer) => keep(stream, decoders[stream].write(data));
    child.stdout?.on('data', take('stdout'));
    child.stderr?.on('data', take('stderr'));
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code ?? error.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (cancelled) spawnError = 'cancelled';
      keep('stdout', decoders.stdout.end());
      keep('stderr', decoders.stderr.end());
      resolve({
        exitCode: spawnError ? null : code,
        signal: signal ?? null,
        stdout,
        stderr,
        durationMs: Date.now() - started,
        timedOut,
        spawnError,
        ...(truncated ? { truncated } : {}),
      });
    });
  });
}

/** Stops a program and everything it started (uninstallers often hand off to a child). */
function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    const taskkill = `${process.env['SystemRoot'] ?? 'C:\\Windows'}\\System32\\taskkill.exe`;
    spawn(taskkill, ['/PID', String(pid), '/T', '/F'], { shell: false, windowsHide: true, stdio: 'ignore' }).on('error', () => undefined);
    return;
  }
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * Why a spec may not run at all (the `spawnError` it gets), or null. The simulated machine asks
 * the same question, so a scenario cannot pass a command the real machine would refuse.
 */
export function refuseCommand(spec: CommandSpec): string | null {
  if (!isAbsolute(spec.file) && !/^[A-Za-z]:\\/.test(spec.file)) return 'not-absolute-path';
  if (/\.(bat|cmd)$/i.test(spec.file)) return 'batch-file-refused';
  return null;
}

function failed(reason: string, started: number): CommandResult {
  return {
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    durationMs: Date.now() - started,
    timedOut: false,
    spawnError: reason,
  };
}

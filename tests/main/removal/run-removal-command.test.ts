import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UninstallCommand } from '@shared/removal';
import { migrationLogPath, runRemovalCommand, type ElevationContext } from '../../../main/removal';
import { runCommand } from '../../../main/system/run-command';
import type { CommandResult, SystemPort } from '../../../main/system/system-port';

/**
 * The runner against real child processes: small /bin/sh scripts stand in for uninstallers
 * (absolute path, started without a shell by the runner; the script's own #! line is the program).
 */
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'safeswitch-runner-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const asRoot: ElevationContext = { platform: 'linux', isRoot: true, systemRoot: 'C:\\Windows' };
const notRoot: ElevationContext = { ...asRoot, isRoot: false };

function machine(run: SystemPort['run'] = runCommand): SystemPort {
  return {
    machine: { kind: 'real', name: null, platform: 'linux' },
    paths: { home: folder, documents: folder, downloads: folder },
    collectInventory: async () => ({ inventory: { format: 'safeswitch-inventory/1', os: { platform: 'linux' } }, warnings: [] }),
    run,
    folderExists: async () => false,
    appLaunch: null,
    now: () => new Date('2026-11-22T10:00:00Z'),
  };
}

function script(name: string, body: string): string {
  const path = join(folder, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

function command(file: string, args: string[] = [], more: Partial<UninstallCommand> = {}): UninstallCommand {
  return { kind: 'package-manager', file, args, elevation: 'safeswitch-asks', timeoutMs: 15_000, logFile: null, source: 'packages', signature: null, trust: null, ...more };
}

function logLines(): Array<Record<string, unknown>> {
  return readFileSync(migrationLogPath(folder), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('runRemovalCommand with real processes', () => {
  it('streams output, succeeds, and logs the exact command, exit code and duration', async () => {
    const file = script('uninstall-ok', 'echo "Removing kesl..."; echo "warning: x" >&2; exit 0');
    const chunks: string[] = [];
    const result = await runRemovalCommand(machine(), command(file, ['--all', 'a b']), {
      logFolder: folder,
      productId: 'kesl',
      elevation: asRoot,
      onOutput: (chunk) => chunks.push(chunk),
    });
    expect(result.dryRun).toBe(false);
    if (result.dryRun) return;
    expect(result.outcome).toMatchObject({ outcome: 'success', reason: 'finished' });
    expect(chunks.join('')).toContain('Removing kesl...');
    expect(result.stderr).toContain('warning: x');
    const lines = logLines();
    expect(lines.map((l) => l.event)).toEqual(['command-started', 'command-finished']);
    expect(lines[1]).toMatchObject({ productId: 'kesl', file, args: ['--all', 'a b'], elevation: 'already-root', exitCode: 0, outcome: 'success' });
    expect(typeof lines[1]?.durationMs).toBe('number');
  });

  it('a failing uninstaller is "failed" with its exit code', async () => {
    const file = script('uninstall-fails', 'echo "E: Sub-process /usr/bin/dpkg returned an error code (1)" >&2; exit 100');
    const result = await runRemovalCommand(machine(), command(file), { logFolder: folder, productId: 'kesl', elevation: asRoot });
    expect(!result.dryRun && result.outcome).toMatchObject({ outcome: 'failed', reason: 'exit-code', text: { params: { code: 100 } } });
    expect(logLines()[1]).toMatchObject({ exitCode: 100, outcome: 'failed' });
  });

  it('an uninstaller that says self-protection stopped it is "blocked"', async () => {
    const file = script('uninstall-blocked', 'echo "Cannot uninstall: Self-Defense is enabled" >&2; exit 1');
    const result = await runRemovalCommand(machine(), command(file), { logFolder: folder, productId: 'kesl', elevation: asRoot });
    expect(!result.dryRun && result.outcome.outcome).toBe('blocked');
  });

  it('stops waiting after the timeout: "timed-out"', async () => {
    const file = script('uninstall-hangs', 'echo started; exec sleep 30');
    const result = await runRemovalCommand(machine(), command(file), { logFolder: folder, productId: 'kesl', elevation: asRoot, timeoutMs: 300 });
    expect(!result.dryRun && result.outcome.outcome).toBe('timed-out');
    expect(logLines()[1]).toMatchObject({ timedOut: true, outcome: 'timed-out' });
  });

  it('the Cancel button (AbortSignal) stops it: "cancelled"', async () => {
    const file = script('uninstall-slow', 'echo working; exec sleep 30');
    const controller = new AbortController();
    const result = await runRemovalCommand(machine(), command(file), {
      logFolder: folder,
      productId: 'kesl',
      elevation: asRoot,
      signal: controller.signal,
      onOutput: () => controller.abort(),
    });
    expect(!result.dryRun && result.outcome.outcome).toBe('cancelled');
    expect(logLines()[1]).toMatchObject({ cancelled: true, outcome: 'cancelled' });
  });

  it('a program that does not exist is "failed: could not start"', async () => {
    const result = await runRemovalCommand(machine(), command(join(folder, 'missing')), { logFolder: folder, productId: 'kesl', elevation: asRoot });
    expect(!result.dryRun && result.outcome).toMatchObject({ outcome: 'failed', reason: 'could-not-start' });
  });

  it('pkexec exit 126 (prompt dismissed) is "declined"', async () => {
    const file = script('pkexec-dismissed', 'exit 126');
    const result = await runRemovalCommand(machine(), command(file), { logFolder: folder, productId: 'kesl', elevation: notRoot });
    expect(!result.dryRun && result.outcome).toMatchObject({ outcome: 'declined', reason: 'pkexec-dismissed' });
  });

  it('Windows exit 1223 (UAC prompt declined) is "declined", 3010 is "needs-restart"', async () => {
    const codes = [1223, 3010];
    const win = machine(async (): Promise<CommandResult> => ({ exitCode: codes.shift() ?? 0, signal: null, stdout: '', stderr: '', durationMs: 5, timedOut: false, spawnError: null }));
    const winMachine: SystemPort = { ...win, machine: { ...win.machine, platform: 'win32' } };
    const exe = command('C:\\Program Files\\V\\u.exe', ['/S'], { kind: 'exe-uninstaller' });
    const options = { logFolder: folder, productId: 'v', elevation: { ...asRoot, platform: 'win32' as const } };
    const declined = await runRemovalCommand(winMachine, exe, options);
    expect(!declined.dryRun && declined.outcome).toMatchObject({ outcome: 'declined', reason: 'uac-declined' });
    const restart = await runRemovalCommand(winMachine, exe, options);
    expect(!restart.dryRun && restart.outcome.outcome).toBe('needs-restart');
    expect(logLines().filter((l) => l.event === 'command-finished').map((l) => [l.exitCode, l.elevation])).toEqual([
      [1223, 'powershell-runas'],
      [3010, 'powershell-runas'],
    ]);
  });

  it('reads the msiexec log (UTF-16LE) for the words that say it was blocked', async () => {
    const logFile = join(folder, 'uninstall-kts-msiexec.log');
    writeFileSync(logFile, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('MSI (s): Password protection is enabled\r\n', 'utf16le')]));
    const fails = machine(async () => ({ exitCode: 1603, signal: null, stdout: '', stderr: '', durationMs: 5, timedOut: false, spawnError: null }));
    const win: SystemPort = { ...fails, machine: { ...fails.machine, platform: 'win32' } };
    const msi = command('C:\\Windows\\System32\\msiexec.exe', ['/x', '{A}'], { kind: 'msiexec', elevation: 'program-asks', logFile });
    const result = await runRemovalCommand(win, msi, { logFolder: folder, productId: 'kts' });
    expect(!result.dryRun && result.outcome).toMatchObject({ outcome: 'blocked', reason: 'self-protection-or-password' });
    expect(logLines()[1]).toMatchObject({ elevation: 'program-asks' });
  });

  it('dry run: shows the exact argv (with the elevation wrapper), runs nothing, logs it', async () => {
    const marker = join(folder, 'ran');
    const file = script('uninstall-marker', `touch '${marker}'`);
    let runs = 0;
    const counting = machine(async (spec, options) => {
      runs++;
      return runCommand(spec, options);
    });
    const result = await runRemovalCommand(counting, command(file, ['remove', '-y', 'kesl']), { logFolder: folder, productId: 'kesl', elevation: notRoot, dryRun: true });
    expect(result).toMatchObject({ dryRun: true, spec: { file, args: ['remove', '-y', 'kesl'], elevate: true }, launched: { file: '/usr/bin/pkexec', args: [file, 'remove', '-y', 'kesl'] } });
    expect(runs).toBe(0);
    expect(() => readFileSync(marker)).toThrow();
    expect(logLines()).toMatchObject([{ event: 'command-dry-run', file, args: ['remove', '-y', 'kesl'], elevation: 'pkexec' }]);
  });
});

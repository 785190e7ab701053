import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarioSchema, type ScriptedCommand } from '@shared/contracts/scenario';
import { runRemoveCommand } from '../../../main/cli/remove-command';
import { migrationLogPath } from '../../../main/removal/migration-log';
import { applyRemovalEffects } from '../../../main/system/simulated-effects';
import { createSimulatedSystem } from '../../../main/system/simulated-system';
import { cliRecorder } from '../../helpers/cli-recorder';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'safeswitch-remove-cli-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A simulated Debian machine with the kesl package; `commands` script what apt-get answers. */
function linuxMachine(commands: Array<Partial<ScriptedCommand>>) {
  const scenario = scenarioSchema.parse({
    format: 'safeswitch-scenario/1',
    name: 'Debian with KESL',
    platform: 'linux',
    inventory: {
      format: 'safeswitch-inventory/1',
      os: { platform: 'linux', distro: 'Debian GNU/Linux 12' },
      packages: [{ name: 'kesl', version: '12.0.0-4871', manager: 'dpkg' }],
    },
    commands: commands.map((c) => ({ program: 'apt-get', argsInclude: ['remove', 'kesl'], exitCode: 0, durationMs: 0, ...c })),
  });
  return createSimulatedSystem(scenario, { homeFolder: join(folder, 'home'), timeScale: 0, applyEffects: applyRemovalEffects });
}

const recorder = () => cliRecorder(folder);

/** A simulated Windows machine with ESET Security (research-derived inventory), its uninstall string replaced when given. */
function windowsMachine(commands: Array<Partial<ScriptedCommand>>, uninstallString?: string) {
  const inventory = JSON.parse(readFileSync(join(__dirname, '../../fixtures/inventories/eset.from-research.json'), 'utf8'));
  if (uninstallString !== undefined) inventory.programs[0].uninstallString = uninstallString;
  const scenario = scenarioSchema.parse({
    format: 'safeswitch-scenario/1',
    name: 'Windows with ESET',
    platform: 'win32',
    inventory,
    commands: commands.map((c) => ({ program: 'msiexec.exe', exitCode: 0, durationMs: 0, ...c })),
  });
  return createSimulatedSystem(scenario, { homeFolder: join(folder, 'home'), timeScale: 0, applyEffects: applyRemovalEffects });
}

const ID = 'kaspersky-endpoint-security-linux';

describe('safeswitch remove', () => {
  it('--dry-run shows the exact command and runs nothing', async () => {
    const io = recorder();
    const system = linuxMachine([{ exitCode: 0, effects: { removePackages: ['kesl'] } }]);
    expect(await runRemoveCommand([ID, '--dry-run', '--log-folder', 'logs'], io, system)).toBe(0);
    expect(io.out).toContain('Would run: /usr/bin/apt-get remove -y kesl');
    expect(io.out).toContain('Dry run: nothing was run.');
    const inventory = (await system.collectInventory()).inventory;
    expect(inventory.packages?.map((p) => p.name)).toEqual(['kesl']);
    expect(readFileSync(migrationLogPath(join(folder, 'logs')), 'utf8')).toContain('"event":"command-dry-run"');
  });

  it('--yes removes it with the package manager, streams output, checks it is gone', async () => {
    const io = recorder();
    const system = linuxMachine([{ stdout: 'Removing kesl (12.0.0-4871) ...\n', effects: { removePackages: ['kesl'] } }]);
    expect(await runRemoveCommand([ID, '--yes', '--log-folder', 'logs'], io, system)).toBe(0);
    expect(io.out).toContain('Running: /usr/bin/apt-get remove -y kesl');
    expect(io.out).toContain('Removing kesl (12.0.0-4871) ...');
    expect(io.out).toContain('Checked: Kaspersky Endpoint Security for Linux is gone.');
    const log = readFileSync(migrationLogPath(join(folder, 'logs')), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log.at(-1)).toMatchObject({ event: 'command-finished', file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'], exitCode: 0, outcome: 'success' });
  });

  it('an uninstaller that reports success but leaves the product is a failure', async () => {
    const io = recorder();
    expect(await runRemoveCommand([ID, '--yes'], io, linuxMachine([{ exitCode: 0 }]))).toBe(1);
    expect(io.err).toMatch(/^safeswitch: .*still found.*\n$/);
  });

  it('a declined administrator prompt (pkexec 126) is said plainly, exit 1', async () => {
    const io = recorder();
    expect(await runRemoveCommand([ID, '--yes', '--log-folder', 'logs'], io, linuxMachine([{ exitCode: 126 }]))).toBe(1);
    // As root the prompt is not needed, so 126 is the program's own exit code; either way it did not finish.
    expect(io.err).toMatch(/^safeswitch: the removal of Kaspersky Endpoint Security for Linux did not finish: (declined|failed)/);
  });

  it('an uninstaller that asks for a restart ends with how to finish, exit 0, and no claim that it is gone', async () => {
    const io = recorder();
    expect(await runRemoveCommand(['eset', '--yes', '--log-folder', 'logs'], io, windowsMachine([{ exitCode: 3010 }]))).toBe(0);
    expect(io.out).toContain('Result: needs-restart');
    expect(io.out).toContain('Restart the computer to finish, then run: safeswitch scan');
    expect(io.out).not.toContain('is gone');
    expect(io.err).toBe('');
  });

  it('a stored uninstall command SafeSwitch will not run is refused plainly, exit 1, and nothing runs', async () => {
    const io = recorder();
    const system = windowsMachine([], 'cmd.exe /c del /q C:\\Windows');
    expect(await runRemoveCommand(['eset', '--yes', '--log-folder', 'logs'], io, system)).toBe(1);
    expect(io.err).toMatch(/^safeswitch: SafeSwitch will not run the uninstall command stored for ESET Security \(.+\); remove it from the system settings\n$/);
    expect(io.out).toBe('');
    expect(existsSync(migrationLogPath(join(folder, 'logs')))).toBe(false);
  });

  it.each([
    [[ID], 'was found; add --yes to remove it, or --dry-run'],
    [['nosuch'], 'nosuch was not found on this computer'],
    [[ID, '--dry-run', '--yes'], 'choose --dry-run or --yes, not both'],
    [['--yes'], 'name one product'],
    [['norton-360', '--yes'], 'was not found on this computer'],
    [['microsoft-defender', '--yes'], 'is built-in protection and is never removed'],
  ])('%j -> exit 2 with one line', async (argv, message) => {
    const io = recorder();
    expect(await runRemoveCommand(argv, io, linuxMachine([]))).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err.split('\n')).toHaveLength(2);
  });
});

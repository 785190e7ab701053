import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioSchema } from '@shared/contracts/scenario';
import { runCli } from '../../../main/cli/cli';
import { runRemoveCommand } from '../../../main/cli/remove-command';
import { createSimulatedSystem } from '../../../main/system/simulated-system';
import { REPO_ROOT } from '../../helpers/built-app';
import { cliRecorder } from '../../helpers/cli-recorder';

/** Issue 12, point 7: the CLI at its edges. */
let folder = '';
afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));
const BIN = join(REPO_ROOT, 'out/main/cli.js');
const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('safeswitch at its edges', () => {
  it('--version prints the package version (built bin)', () => {
    const result = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`safeswitch ${version}\n`);
  });

  it.each(['scan', 'passwords', 'plan', 'remove', 'alternatives'])('%s --help prints its usage and exits 0, running nothing', async (name) => {
    folder = mkdtempSync(join(tmpdir(), 'safeswitch-cli-'));
    const io = cliRecorder(folder);
    expect(await runCli([name, '--help'], io)).toBe(0);
    expect(io.out).toMatch(new RegExp(`^usage: safeswitch ${name}\\b`));
    expect(io.err).toBe('');
  });

  it('a reader that closes the pipe early (| head -c 10) gets no EPIPE stack trace', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" alternatives --json | head -c 10 > /dev/null`], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(result.status).toBe(0);
  });

  it('remove --dry-run writes nothing at all, not even into Documents', async () => {
    folder = mkdtempSync(join(tmpdir(), 'safeswitch-cli-'));
    const scenario = scenarioSchema.parse({
      format: 'safeswitch-scenario/1',
      name: 'Debian with KESL',
      platform: 'linux',
      inventory: { format: 'safeswitch-inventory/1', os: { platform: 'linux' }, packages: [{ name: 'kesl', version: '12', manager: 'dpkg' }] },
    });
    const home = join(folder, 'home');
    const system = createSimulatedSystem(scenario, { homeFolder: home, timeScale: 0 });
    const before = readdirSync(join(home, 'Documents'));
    const io = cliRecorder(folder);
    expect(await runRemoveCommand(['kaspersky-endpoint-security-linux', '--dry-run'], io, system)).toBe(0);
    expect(io.out).toContain('Dry run: nothing was run, nothing was written.');
    expect(readdirSync(join(home, 'Documents'))).toEqual(before);
    expect(existsSync(join(folder, 'migration-log.jsonl'))).toBe(false);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarioSchema } from '@shared/contracts/scenario';
import { createSimulatedSystem, searchableArgs } from '../../../main/system/simulated-system';
import { tempFolder } from '../../helpers/temp-folder';

const encode = (script: string) => Buffer.from(script, 'utf16le').toString('base64');

function scenario(commands: unknown[]) {
  return scenarioSchema.parse({
    format: 'safeswitch-scenario/1',
    name: 'test',
    platform: 'win32',
    inventory: { format: 'safeswitch-inventory/1', os: { platform: 'win32' } },
    commands,
  });
}

describe('simulated machine scripting', () => {
  let home: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    home = tempFolder();
  });
  afterEach(() => home.remove());

  it('lets a scenario match what a PowerShell -EncodedCommand script says', async () => {
    expect(searchableArgs(['-NoProfile', '-EncodedCommand', encode("Get-AuthenticodeSignature -LiteralPath 'C:\\a.exe'")])).toContain(
      "get-authenticodesignature -literalpath 'c:\\a.exe'",
    );
    const system = createSimulatedSystem(
      scenario([{ program: 'powershell.exe', argsInclude: ['Get-AuthenticodeSignature'], exitCode: 0, stdout: 'Valid' }]),
      { homeFolder: home.path, timeScale: 0 },
    );
    const ps = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
    const hit = await system.run({ file: ps, args: ['-EncodedCommand', encode('Get-AuthenticodeSignature x')] });
    expect(hit.stdout).toBe('Valid');
    const miss = await system.run({ file: ps, args: ['-EncodedCommand', encode('Remove-Item x')] });
    expect(miss.spawnError).toBe('ENOENT');
  });

  it('writes the file a scripted command makes, only inside the simulated home', async () => {
    const system = createSimulatedSystem(
      scenario([{ program: 'avp.com', argsInclude: ['EXPORT'], exitCode: 0, writesFile: { argument: -1, content: 'settings' } }]),
      { homeFolder: home.path, timeScale: 0 },
    );
    const avp = 'C:\\Program Files (x86)\\Kaspersky Lab\\avp.com';
    const inside = join(home.path, 'Documents', 'settings.cfg');
    await system.run({ file: avp, args: ['EXPORT', inside] });
    expect(readFileSync(inside, 'utf8')).toBe('settings');
    const outside = join(home.path, '..', 'escaped-settings.cfg');
    await system.run({ file: avp, args: ['EXPORT', outside] });
    expect(existsSync(outside)).toBe(false);
  });
});

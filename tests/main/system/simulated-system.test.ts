import { afterAll, describe, expect, it } from 'vitest';
import { scenarioSchema } from '@shared/contracts/scenario';
import { createSimulatedSystem } from '../../../main/system/simulated-system';
import { tempFolder } from '../../helpers/temp-folder';

const scenario = scenarioSchema.parse({
  format: 'safeswitch-scenario/1',
  name: 'refusals',
  platform: 'win32',
  inventory: { format: 'safeswitch-inventory/1', os: { platform: 'win32' } },
  commands: [
    { program: 'uninst.exe', exitCode: 0, durationMs: 0 },
    { program: 'uninst.bat', exitCode: 0, durationMs: 0 },
  ],
  files: {},
});

// The simulated machine stands in for the real one in every service and e2e test; a command the
// real runner refuses must not succeed there, or those tests would pass on something that fails.
describe('simulated machine: the real runner refusals', () => {
  const home = tempFolder();
  const system = createSimulatedSystem(scenario, { homeFolder: home.path, timeScale: 0 });
  afterAll(() => home.remove());

  it('runs a scripted program named by an absolute path', async () => {
    const result = await system.run({ file: 'C:\\Program Files\\Vendor\\uninst.exe', args: [] });
    expect(result).toMatchObject({ exitCode: 0, spawnError: null });
  });

  it.each([
    ['a relative path', 'uninst.exe', 'not-absolute-path'],
    ['a batch file', 'C:\\Program Files\\Vendor\\uninst.bat', 'batch-file-refused'],
    ['an unscripted program', 'C:\\Windows\\System32\\format.com', 'ENOENT'],
  ])('refuses %s as the real runner would', async (_label, file, spawnError) => {
    expect(await system.run({ file, args: [] })).toMatchObject({ exitCode: null, spawnError });
  });
});

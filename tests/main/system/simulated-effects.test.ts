import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import { scenarioSchema } from '@shared/contracts/scenario';
import { applyRemovalEffects, checkScenarioEffects, EffectsError } from '../../../main/system/simulated-effects';
import { createSimulatedRemovalMachine, impliedFolders } from '../../../main/system/simulated-folders';
import { tempFolder } from '../../helpers/temp-folder';

const inventory: Inventory = {
  format: 'safeswitch-inventory/1',
  os: { platform: 'win32' },
  processes: [{ name: 'AVP.EXE', path: 'C:\\Program Files (x86)\\Kaspersky Lab\\KTS\\avp.exe' }, { name: 'explorer.exe' }],
  services: [{ name: 'AVP21.3', state: 'running' }, { name: 'klif', state: 'running' }],
  programs: [{ name: 'Kaspersky Total Security', installLocation: 'C:\\Program Files (x86)\\Kaspersky Lab\\KTS\\' }],
  certificates: [
    { subject: 'CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab', thumbprint: 'AB'.repeat(20) },
    { subject: 'CN=Other Root', thumbprint: 'CD'.repeat(20) },
  ],
};

describe('simulated removal effects', () => {
  it('removes by name whatever the case, stops services, and leaves the rest', () => {
    const after = applyRemovalEffects(inventory, { removeProcesses: ['avp.exe'], stopServices: ['KLIF'], removeCertificates: ['ab'.repeat(20)] });
    expect(after.processes?.map((p) => p.name)).toEqual(['explorer.exe']);
    expect(after.services).toEqual([{ name: 'AVP21.3', state: 'running' }, { name: 'klif', state: 'stopped' }]);
    expect(after.certificates?.map((c) => c.subject)).toEqual(['CN=Other Root']);
    expect(inventory.processes).toHaveLength(2); // pure: the input is untouched
  });

  it('refuses a scenario with a misspelt effect, naming the command', () => {
    const scenario = scenarioSchema.parse({
      format: 'safeswitch-scenario/1',
      name: 'typo',
      platform: 'win32',
      inventory,
      commands: [{ program: 'msiexec.exe', exitCode: 0, effects: { removeProccesses: ['avp.exe'] } }],
    });
    expect(() => checkScenarioEffects(scenario)).toThrow(EffectsError);
    expect(() => checkScenarioEffects(scenario)).toThrow(/command 1 \(msiexec.exe\).*removeProccesses/);
  });

  it('keeps the folders it changed across a restart, case-insensitively on Windows', async () => {
    const folder = tempFolder();
    try {
      const scenario = scenarioSchema.parse({ format: 'safeswitch-scenario/1', name: 'f', platform: 'win32', inventory });
      expect(impliedFolders(inventory)).toEqual(['C:\\Program Files (x86)\\Kaspersky Lab\\KTS']);
      const state = `${folder.path}/folders.json`;
      const first = createSimulatedRemovalMachine(scenario, state);
      expect(await first.pathExists('c:\\program files (x86)\\kaspersky lab')).toBe(true);
      first.applyEffects(inventory, { removeFolders: ['C:\\Program Files (x86)\\Kaspersky Lab\\KTS'], leaveFolders: ['C:\\ProgramData\\Kaspersky Lab\\AVP21.3'] });
      const second = createSimulatedRemovalMachine(scenario, state);
      expect(await second.pathExists('C:\\Program Files (x86)\\Kaspersky Lab\\KTS')).toBe(false);
      expect(await second.pathExists('C:\\ProgramData\\Kaspersky Lab')).toBe(true);
      expect(await second.pathExists('C:\\ProgramData\\Kaspersky')).toBe(false);
    } finally {
      folder.remove();
    }
  });
});

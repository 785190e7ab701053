import { join } from 'node:path';
import type { Scenario } from '@shared/contracts/scenario';
import { checkScenarioEffects } from './simulated-effects';
import { createSimulatedRemovalMachine } from './simulated-folders';
import { createSimulatedSystem } from './simulated-system';
import type { AppLaunch, SystemPort } from './system-port';

/**
 * Where SafeSwitch itself is installed on a simulated machine (electron-builder's default install
 * folders), so "reopen after restart" has a real command line to register there.
 */
const SIMULATED_APP: Record<Scenario['platform'], AppLaunch> = {
  win32: { file: 'C:\\Program Files\\SafeSwitch\\SafeSwitch.exe', args: [] },
  darwin: { file: '/Applications/SafeSwitch.app/Contents/MacOS/SafeSwitch', args: [] },
  linux: { file: '/opt/SafeSwitch/safeswitch', args: [] },
};

/**
 * The whole simulated machine behind the System port: the scenario's inventory and scripted
 * commands, what those commands change (simulated-effects), its folders (simulated-folders), and
 * its state kept under `homeFolder` so a restarted preview sees the same machine.
 */
export function createSimulatedMachine(scenario: Scenario, options: { homeFolder: string; timeScale: number }): SystemPort {
  checkScenarioEffects(scenario);
  const state = join(options.homeFolder, '.simulated-machine');
  const folders = createSimulatedRemovalMachine(scenario, join(state, 'folders.json'));
  return createSimulatedSystem(scenario, {
    homeFolder: options.homeFolder,
    timeScale: options.timeScale,
    applyEffects: folders.applyEffects,
    stateFile: join(state, 'inventory.json'),
    folderExists: folders.pathExists,
    appLaunch: SIMULATED_APP[scenario.platform],
  });
}

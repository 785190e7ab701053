import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Scenario } from '@shared/contracts/scenario';
import type { EffectApplier } from '../system/simulated-system';
import { checkScenarioEffects } from './simulated-effects';
import { createSimulatedRemovalMachine } from './simulated-folders';
import type { AppLaunch } from './reopen-after-restart';

/** The Remove step's pieces of a machine that the System port does not cover, real or simulated. */

export async function realPathExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Where SafeSwitch itself is installed on a simulated machine (electron-builder's default install
 * folders), so "reopen after restart" has a real command line to register there.
 */
const SIMULATED_APP: Record<Scenario['platform'], AppLaunch> = {
  win32: { file: 'C:\\Program Files\\SafeSwitch\\SafeSwitch.exe', args: [] },
  darwin: { file: '/Applications/SafeSwitch.app/Contents/MacOS/SafeSwitch', args: [] },
  linux: { file: '/opt/SafeSwitch/safeswitch', args: [] },
};

export interface SimulatedRemovalParts {
  readonly applyEffects: EffectApplier;
  readonly pathExists: (path: string) => Promise<boolean>;
  /** The simulated machine keeps its changed inventory here, across preview restarts. */
  readonly stateFile: string;
  readonly appLaunch: AppLaunch;
}

export function simulatedRemovalParts(scenario: Scenario, homeFolder: string): SimulatedRemovalParts {
  checkScenarioEffects(scenario);
  const machine = createSimulatedRemovalMachine(scenario, join(homeFolder, '.simulated-machine', 'folders.json'));
  return {
    applyEffects: machine.applyEffects,
    pathExists: machine.pathExists,
    stateFile: join(homeFolder, '.simulated-machine', 'inventory.json'),
    appLaunch: SIMULATED_APP[scenario.platform],
  };
}

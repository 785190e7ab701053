import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '@shared/contracts/inventory';
import { allCollectors } from '../collectors/all-collectors';
import { mergeParts, runScanCollectors } from '../collectors/run-collectors';
import { currentElevationContext, withElevation } from '../removal/elevate-spec';
import { runCommand } from './run-command';
import type { InventoryResult, MachinePaths, SystemPort } from './system-port';

export function currentPlatform(): Platform {
  const p = process.platform;
  return p === 'win32' || p === 'darwin' ? p : 'linux';
}

/** The machine SafeSwitch runs on. */
export function createRealSystem(paths?: Partial<MachinePaths>): SystemPort {
  const platform = currentPlatform();
  const home = paths?.home ?? homedir();
  return {
    machine: { kind: 'real', name: null, platform },
    paths: {
      home,
      documents: paths?.documents ?? join(home, 'Documents'),
      downloads: paths?.downloads ?? join(home, 'Downloads'),
    },
    async collectInventory(onProgress): Promise<InventoryResult> {
      const { parts, warnings } = await runScanCollectors(allCollectors, { platform, run: runCommand }, onProgress);
      const inventory = mergeParts(parts, { os: { platform } });
      inventory.capturedAt = new Date().toISOString();
      return { inventory, warnings };
    },
    // Only a spec with `elevate: true` (one uninstall command) is raised; see main/removal.
    run: withElevation(runCommand, currentElevationContext(platform)),
    folderExists: async (path) => {
      try {
        return (await stat(path)).isDirectory();
      } catch {
        return false;
      }
    },
    appLaunch: null,
    now: () => new Date(),
  };
}

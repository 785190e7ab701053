import { join } from 'node:path';
import type { PathKind } from '@shared/api/session-calls';
import type { EventSink } from '@shared/api/contract';
import { JournalStore } from '../journal/journal-store';
import { createRealSystem } from '../system/real-system';
import { createSimulatedMachine } from '../system/simulated-machine';
import { loadScenario } from '../system/load-scenario';
import type { SystemPort } from '../system/system-port';
import { SafeSwitchService } from './safeswitch-service';

export interface OpenServiceOptions {
  /** The app's data folder (Electron's userData, or a folder the CLI/preview chose). */
  readonly dataFolder: string;
  /** Run on a simulated machine described by this scenario file instead of the real one. */
  readonly scenarioPath?: string | null;
  readonly emit?: EventSink;
  readonly quit?: () => void;
  readonly openExternal?: (url: string) => Promise<boolean>;
  readonly openPath?: (path: string) => Promise<boolean>;
  /** Scale for simulated durations (tests: 0). */
  readonly timeScale?: number;
  /** How to start this app again after a restart (Electron passes its executable). */
  readonly appLaunch?: { readonly file: string; readonly args: readonly string[] } | null;
  /** The OS's own open dialog (Electron passes one; the preview and the CLI have none). */
  readonly pickPath?: (kind: PathKind) => Promise<string | null>;
}

/** Builds the service on the right machine and loads (or recovers) the journal. */
export async function openService(options: OpenServiceOptions): Promise<SafeSwitchService> {
  let system: SystemPort;
  if (options.scenarioPath) {
    const scenario = await loadScenario(options.scenarioPath);
    system = createSimulatedMachine(scenario, { homeFolder: join(options.dataFolder, 'simulated-home'), timeScale: options.timeScale ?? 1 });
  } else {
    system = createRealSystem();
  }
  const journal = new JournalStore(options.dataFolder, () => system.now());
  const { notices } = await journal.load();
  return new SafeSwitchService({
    system,
    journal,
    emit: options.emit ?? (() => undefined),
    dataFolder: options.dataFolder,
    notices,
    quit: options.quit ?? (() => undefined),
    openExternal: options.openExternal ?? (async () => false),
    openPath: options.openPath ?? (async () => false),
    pathExists: (path) => system.folderExists(path),
    removalsRunning: new Map<string, AbortController>(),
    appLaunch: options.appLaunch ?? system.appLaunch,
    ...(options.pickPath ? { pickPath: options.pickPath } : {}),
  });
}

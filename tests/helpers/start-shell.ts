import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';
import { BUILT_MAIN, OUT_DIR, REPO_ROOT, requireBuiltApp } from './built-app';
import { createFakeElectron, type ElectronRecord, type FakeElectronOptions, type FakeWindow } from './fake-electron';
import { requireWithFakeModule } from './require-with-fake-module';

export interface StartedShell {
  readonly record: ElectronRecord;
  readonly window: FakeWindow;
  readonly stop: () => void;
}

/**
 * Loads the built main entry with a stand-in electron on a simulated machine (so it never looks at
 * this computer) and waits for its window. `rendererUrl` sets ELECTRON_RENDERER_URL for the load.
 */
export async function startShell(options: FakeElectronOptions & { rendererUrl?: string } = {}): Promise<StartedShell> {
  requireBuiltApp();
  const dataFolder = mkdtempSync(join(tmpdir(), 'safeswitch-shell-'));
  const savedArgv = process.argv;
  const savedUrl = process.env['ELECTRON_RENDERER_URL'];
  process.argv = [...savedArgv, '--scenario', resolve(REPO_ROOT, 'tests/scenarios/win-kaspersky-basic.json')];
  if (options.rendererUrl === undefined) delete process.env['ELECTRON_RENDERER_URL'];
  else process.env['ELECTRON_RENDERER_URL'] = options.rendererUrl;
  const paths = Object.fromEntries(['userData', 'appData', 'home', 'documents', 'downloads', 'desktop', 'temp'].map((k) => [k, dataFolder]));
  const fake = createFakeElectron({ ...paths, logs: join(dataFolder, 'logs'), exe: process.execPath }, options);
  const restore = requireWithFakeModule(BUILT_MAIN, 'electron', fake.electron, OUT_DIR);
  await vi.waitFor(() => {
    if (fake.record.windows.length === 0) throw new Error('the shell has not opened its window yet');
  }, { timeout: 20_000, interval: 20 });
  const stop = (): void => {
    restore();
    process.argv = savedArgv;
    if (savedUrl === undefined) delete process.env['ELECTRON_RENDERER_URL'];
    else process.env['ELECTRON_RENDERER_URL'] = savedUrl;
    rmSync(dataFolder, { recursive: true, force: true });
  };
  return { record: fake.record, window: fake.record.windows[0]!, stop };
}

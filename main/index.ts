import { join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { openService } from './service/open-service';
import { createMainWindow } from './shell/create-window';
import { registerCalls, sendEvent } from './shell/ipc-main';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { installSecurityGuards } from './shell/security';
import { createPathPicker } from './shell/pick-path';
import { argValue } from './cli/cli-args';

/**
 * The Electron shell: thin on purpose — the window, the security guards, IPC registration and the
 * app's paths. Everything else lives in the service, which the CLI and the preview share.
 */
let window: BrowserWindow | null = null;

async function start(): Promise<void> {
  installSecurityGuards();
  serveRenderer(join(__dirname, '../renderer'));
  // Demo mode: SAFESWITCH_SCENARIO=tests/scenarios/X.json npm start (or --scenario X) runs the app on a
  // simulated machine; its data is kept apart from the real migration's.
  const scenarioPath = argValue(process.argv, '--scenario') ?? process.env['SAFESWITCH_SCENARIO'] ?? null;
  // Tests of the real app (tests/electron-app) keep their journal apart with --data-dir; an
  // installed app always uses its own folder.
  const dataDir = app.isPackaged ? null : argValue(process.argv, '--data-dir');
  const base = dataDir ?? app.getPath('userData');
  const dataFolder = scenarioPath ? join(base, 'demo') : base;
  const service = await openService({
    dataFolder,
    scenarioPath,
    emit: (event, payload) => {
      if (window) sendEvent(window.webContents, event, payload);
    },
    quit: () => app.quit(),
    // How to reopen SafeSwitch once after a restart the uninstaller asked for (with consent).
    appLaunch: { file: process.execPath, args: app.isPackaged ? [] : [app.getAppPath()] },
    // URLs reach here only after the catalog allowlist validated them (main/choose).
    openExternal: async (url) => {
      if (!/^https:\/\//.test(url)) return false;
      await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK the URL is validated against the catalog's allowlist before it gets here */
      return true;
    },
    // Only the migration report reaches here, after main/save/open-report.ts checked it lies in the folder.
    openPath: async (path) => (await shell.openPath(path)) === '',
    // File and folder choices use the system's own dialog (issue 13.3); the preview types a path instead.
    pickPath: createPathPicker((owner, options) => dialog.showOpenDialog(owner, options), () => window),
  });
  registerCalls(service);
  window = createMainWindow();
  window.on('closed', () => {
    window = null;
  });
}

// Before ready, as Electron requires for privileged schemes.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error('SafeSwitch could not start:', error);
    app.exit(1);
  });
}

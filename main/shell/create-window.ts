import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { forgetSender, trustDevOrigin, trustSender } from './trusted-senders';

/** electron-vite dev's server: loaded only by an unpackaged app, never by an installed one. */
const DEV_URL = /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/;

/** The one window. Security options are written literally so reviewers and Electronegativity see them. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1000,
    height: 760,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'SafeSwitch',
    backgroundColor: '#ffffff',
    // Linux shows this in the title bar and task switcher; Windows and macOS use the exe's and
    // the bundle's icon (build/icon.ico, build/icon.icns).
    icon: join(__dirname, '../../build/icon.png'),
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: join(__dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK our own bundled preload exposes only the typed contract calls and never the IPC event
    },
  });
  const id = window.webContents.id;
  trustSender(id);
  window.on('closed', () => forgetSender(id));
  window.once('ready-to-show', () => window.show());

  // The gate is app.isPackaged, which Electron sets itself: an environment variable in a packaged
  // app could otherwise load a plain-HTTP page into the trusted window.
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devUrl && DEV_URL.test(devUrl)) {
    trustDevOrigin(new URL(devUrl).origin);
    void window.loadURL(devUrl);
  } else {
    trustDevOrigin(null);
    void window.loadURL(APP_ENTRY_URL);
  }
  return window;
}

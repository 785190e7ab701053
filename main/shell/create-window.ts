import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { forgetSender, trustSender } from './trusted-senders';

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

  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (devUrl && !process.env['SAFESWITCH_PACKAGED'] && /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/.test(devUrl)) {
    void window.loadURL(devUrl);
  } else {
    void window.loadFile(join(__dirname, '../renderer/index.html'));
  }
  return window;
}

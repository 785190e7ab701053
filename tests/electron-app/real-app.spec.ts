import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

/**
 * The real Electron app, launched by Playwright: the first screen through the real preload and
 * IPC, then a real scan of this machine. Needs the Electron binary (node_modules/electron/dist),
 * which CI on GitHub downloads; where it is absent (no network) every test here is skipped, not
 * passed. On Linux CI runs it under xvfb-run.
 */
const ROOT = resolve(__dirname, '../..');
const ELECTRON_DIR = join(ROOT, 'node_modules/electron');

function electronBinary(): string | null {
  try {
    const relative = readFileSync(join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
    const file = join(ELECTRON_DIR, 'dist', relative);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
test.skip(binary === null, 'no Electron binary here (node_modules/electron/dist is missing: it is downloaded on first `npm start`)');

let app: ElectronApplication;
let dataDir = '';

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'safeswitch-electron-app-'));
  // Linux runners have no setuid sandbox helper; the renderer's own sandbox option stays on.
  const args = [join(ROOT, 'out/main/index.js'), '--data-dir', dataDir, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])];
  app = await electron.launch({ executablePath: binary!, args, cwd: ROOT, timeout: 60_000 });
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('opens one window on the first step, served from app://', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check what protects this computer');
  expect(page.url()).toBe('app://safeswitch/index.html');
  expect(app.windows()).toHaveLength(1);
  // The preload exposed the contract and nothing else: no Node in the page.
  expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((globalThis as unknown as { safeswitch: object }).safeswitch).length)).toBeGreaterThan(3);
});

test('checks this machine through the real IPC', async () => {
  const page = await app.firstWindow();
  await page.getByRole('button', { name: 'Check this computer' }).click();
  await expect(page.getByRole('heading', { name: /SafeSwitch found/ })).toBeVisible({ timeout: 60_000 });
  if (process.platform === 'win32') await expect(page.getByText('Microsoft Defender', { exact: false }).first()).toBeVisible();
  if (process.platform === 'darwin') await expect(page.getByText('XProtect', { exact: false }).first()).toBeVisible();
});

import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real wizard in Debian's Chromium through the browser preview (the
 * Electron binary cannot be downloaded here). No browser download: executablePath is the system's.
 */
// Debian's Chromium here; elsewhere (the GitHub runners) CHROMIUM_PATH or Playwright's own Chromium.
const chromium = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'wizard', testDir: 'tests/e2e' },
    // The real Electron app through Playwright's _electron; skipped where no Electron binary exists.
    { name: 'electron-app', testDir: 'tests/electron-app', fullyParallel: false },
  ],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'tests/artifacts/playwright-results.json' }]],
  outputDir: 'tests/artifacts/playwright',
  use: {
    browserName: 'chromium',
    viewport: { width: 1000, height: 760 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    },
    trace: 'off',
    screenshot: 'off',
  },
});

import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real wizard in Debian's Chromium through the browser preview (the
 * Electron binary cannot be downloaded here). No browser download: executablePath is the system's.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
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
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
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

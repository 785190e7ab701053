import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startPreviewProcess } from '../e2e/preview-process';
import { median, type BenchFigure } from './bench-figure';

const ROOT = resolve(__dirname, '../..');
/** Page loads per figure: the machine is noisy, a median of 9 holds still better than one of 5. */
const RUNS = 9;
/** Loads before a later launch is timed: Chromium keeps V8's compiled code from the third load on. */
const WARM_UPS = 3;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const STEP_SHOWN = 'safeswitch:step-shown:check';

/** Production renderer bundle size, and navigation → first step on screen and interactive in Chromium, at a first and a later start. */
export async function run(): Promise<BenchFigure[]> {
  const assets = join(ROOT, 'out/renderer/assets');
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(assets)) {
    const bytes = readFileSync(join(assets, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  // What the first screen loads: the files index.html names (the later steps are chunks of their own).
  const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8');
  const firstFiles = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1] as string);
  let firstGzip = 0;
  for (const file of firstFiles) firstGzip += gzipSync(readFileSync(join(ROOT, 'out/renderer', file)), { level: 9 }).length;

  const preview = await startPreviewProcess({ scenario: 'tests/scenarios/win-kaspersky-basic.json', timeScale: 0 });
  const times: number[] = [];
  const shown: number[] = [];
  const painted: number[] = [];
  let later: number[];
  try {
    const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      for (let i = 0; i < RUNS; i += 1) {
        const page = await browser.newPage();
        const started = Date.now();
        await page.goto(preview.url);
        // Interactive = the first step's primary button can be pressed.
        await page.getByRole('button', { name: /Check this computer|Check again/ }).waitFor({ state: 'visible' });
        await page.waitForFunction('!document.querySelector(".step-page .actions button")?.hasAttribute("disabled")');
        times.push(Date.now() - started);
        // The page's own clock: navigation start → the first step's effect ran (it has been rendered).
        shown.push(await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, STEP_SHOWN));
        // The first paint with content: the step itself, as no "Loading" frame is drawn before it.
        painted.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN));
        await page.close();
      }
    } finally {
      await browser.close();
    }
    later = await laterLaunches(preview.url);
  } finally {
    await preview.stop();
  }
  return [
    { name: `renderer, first load (${firstFiles.length} files index.html names, gzip -9)`, value: Math.round(firstGzip / 1024), unit: 'KiB', aim: '≤ 110 KB' },
    { name: 'renderer, every chunk (raw)', value: Math.round(raw / 1024), unit: 'KiB' },
    { name: 'renderer, every chunk (gzip -9)', value: Math.round(gzip / 1024), unit: 'KiB' },
    { name: `navigation → first step on screen, a first start (a fresh profile each load; performance.mark, median of ${RUNS})`, value: Math.round(median(shown)), unit: 'ms', aim: '≤ 300 ms' },
    { name: `navigation → first step on screen, a later start (the profile kept, as the app keeps its own; median of ${RUNS} after ${WARM_UPS} loads)`, value: Math.round(median(later)), unit: 'ms', aim: '≤ 300 ms' },
    { name: `navigation → first contentful paint (the first step), in the page (median of ${RUNS})`, value: Math.round(median(painted.filter(Number.isFinite))), unit: 'ms' },
    { name: `navigation → first step interactive, seen from Playwright (median of ${RUNS})`, value: median(times), unit: 'ms' },
  ];
}

/**
 * The first step as a user sees it from the fourth start on: one browser profile kept
 * between loads, so Chromium has the files and V8's compiled code for them (the Electron app keeps its
 * profile in its user-data folder, and its app:// scheme is allowed a code cache). The figures above are
 * the first start ever: a fresh profile each time.
 */
async function laterLaunches(url: string): Promise<number[]> {
  const profile = mkdtempSync(join(tmpdir(), 'safeswitch-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const shown: number[] = [];
  try {
    for (let i = 0; i < WARM_UPS + RUNS; i += 1) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, STEP_SHOWN, { polling: 50 });
      if (i >= WARM_UPS) shown.push(await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, STEP_SHOWN));
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return shown;
}

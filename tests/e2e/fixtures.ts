import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview-process';

export { expect };

export const ARTIFACTS = resolve(__dirname, '../artifacts');

export interface Preview {
  readonly current: PreviewProcess;
  /** Stops the preview (SIGKILL = a crash) and starts it again on the same data folder. */
  restart(signal?: 'SIGTERM' | 'SIGKILL'): Promise<PreviewProcess>;
  /** URLs the app asked the OS to open (the preview records instead of opening). */
  opened(): Promise<string[]>;
  /** True from a restart until the page navigates again: the old page's requests fail then, as they would. */
  interrupted: boolean;
}

interface Fixtures {
  scenario: string;
  timeScale: number;
  preview: Preview;
  /** Console errors and requests that left the preview's origin; asserted empty after each test. */
  problems: string[];
}

/**
 * The wizard in real Chromium through the built preview on a simulated machine. Every test fails on
 * a console error, an uncaught page error, or any request that leaves the preview's origin.
 */
export const test = base.extend<Fixtures>({
  scenario: ['tests/scenarios/win-kaspersky-basic.json', { option: true }],
  timeScale: [0.05, { option: true }],
  problems: async ({}, use) => {
    await use([]);
  },
  preview: async ({ scenario, timeScale }, use) => {
    let current = await startPreviewProcess({ scenario, timeScale });
    const handle: Preview = {
      interrupted: false,
      get current() {
        return current;
      },
      async restart(signal = 'SIGKILL') {
        handle.interrupted = true;
        await current.stop(signal);
        current = await startPreviewProcess({ scenario, timeScale, dataFolder: current.dataFolder });
        return current;
      },
      async opened() {
        const response = await fetch(`${current.origin}/api/opened`, { headers: { 'x-safeswitch-token': current.token } });
        return ((await response.json()) as { ok: string[] }).ok;
      },
    };
    await use(handle);
    await current.stop('SIGTERM');
  },
  page: async ({ page, preview, problems }, use) => {
    page.on('console', (message) => {
      // A progress stream or a request cut by a deliberate kill of the preview (crash tests) is expected.
      if (message.location().url.includes('/api/events')) return;
      if (preview.interrupted && /net::ERR_/.test(message.text())) return;
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith(preview.current.origin)) preview.interrupted = false;
    });
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
      if (new URL(url).origin !== preview.current.origin) problems.push(`request left the preview: ${url}`);
    });
    await use(page);
    expect(problems, 'console errors or off-origin requests').toEqual([]);
  },
});

/** Opens the wizard and waits until the first screen is interactive. */
export async function openWizard(page: Page, preview: Preview): Promise<void> {
  await page.goto(preview.current.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe violations').toEqual([]);
}

/** Saves a full-page screenshot under tests/artifacts/ (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A name matched whole and literally ("Continue", not "Continue without removing"). */
export const exactName = (name: string): RegExp => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Words a person reads in the step's body (letters, so no path fragment or bullet counts). */
export async function visibleWords(page: Page): Promise<number> {
  const text = await page.locator('.step-body').innerText();
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Presses Tab until the element with this accessible name has focus, then Enter. Keyboard only. */
export async function activateByKeyboard(page: Page, name: string | RegExp, role: 'button' | 'link' | 'checkbox' | 'radio' = 'button'): Promise<void> {
  const target = page.getByRole(role, { name }).first();
  await expect(target).toBeVisible();
  await expect(target).toBeEnabled();
  for (let i = 0; i < 80; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press(role === 'checkbox' || role === 'radio' ? 'Space' : 'Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${String(name)}" with the Tab key`);
}

/**
 * Goes through the Save step's parts (one thing per screen) with its forward button, by keyboard,
 * until the next step opens. The button says "Next" between parts and "Continue" on the last.
 */
export async function finishSave(page: Page, saveTitle = 'Save what you want to keep'): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < 12 && (await h1.textContent()) === saveTitle; i += 1) {
    // The parts are known once the step has read what there is to save.
    await expect(page.locator('.part-position')).toBeVisible();
    const before = await page.locator('.part-position').allTextContents();
    const label = ((await page.locator('.step-footer button.next').textContent()) ?? '').trim();
    await activateByKeyboard(page, exactName(label));
    // A press lost to a focus move (see nextPart) is simply made again on the next turn.
    await expect
      .poll(async () => (await h1.textContent()) !== saveTitle || (await page.locator('.part-position').allTextContents()).join() !== before.join(), { timeout: 3000 })
      .toBe(true)
      .catch(() => undefined);
  }
  await expect(h1).not.toHaveText(saveTitle);
}

/**
 * Presses the Save step's "Next" once, to its next part. A result that takes focus as it arrives
 * (the folder made, the export read) can take it between the Tab and the Enter; then the press is
 * made again, as a person would, once the part is seen not to have changed.
 */
export async function nextPart(page: Page, label = 'Next'): Promise<void> {
  const before = (await page.locator('.part-position').allTextContents()).join();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await activateByKeyboard(page, exactName(label));
    const moved = await expect
      .poll(async () => (await page.locator('.part-position').allTextContents()).join(), { timeout: 3000 })
      .not.toBe(before)
      .then(() => true, () => false);
    if (moved) return;
  }
  throw new Error(`"${label}" did not move the Save step to its next part`);
}

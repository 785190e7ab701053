import type { Page } from '@playwright/test';
import { activateByKeyboard, expect, finishSave, openWizard, type Preview } from './fixtures';

/** Shared walk for the Remove step's end-to-end tests (tests/e2e/remove*.spec.ts). */

/** Check → Save → Remove, by keyboard. */
export async function reachRemoveStep(page: Page, preview: Preview): Promise<void> {
  await openWizard(page, preview);
  await activateByKeyboard(page, 'Check this computer');
  await expect(page.getByRole('heading', { name: /SafeSwitch found \d+ security program/ })).toBeVisible();
  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');
  await finishSave(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Remove the old program');
}

/** Ticks one product (by keyboard) and continues with the given number of ticked products. */
export async function choose(page: Page, product: string, count: number): Promise<void> {
  await expect(page.getByRole('heading', { name: 'What do you want to remove?' })).toBeVisible();
  await activateByKeyboard(page, product, 'checkbox');
  await expect(page.getByRole('checkbox', { name: product })).toBeChecked();
  await activateByKeyboard(page, count === 1 ? 'Review the removal of 1 program' : `Review the removal of ${count} programs`);
}

/** Nothing on the page scrolls sideways (800x600 must work without horizontal scrolling). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

import type { Page } from '@playwright/test';
import { activateByKeyboard, expect, finishSave, nextPart } from './fixtures';

/** Check (scan) → Save (`save`, or continue without saving) → Remove (whatever `remove` does) → Choose. */
export async function toChooseStep(page: Page, remove: () => Promise<void>, save?: () => Promise<void>): Promise<void> {
  await activateByKeyboard(page, 'Check this computer');
  await expect(page.getByRole('heading', { name: /SafeSwitch found \d+ security program/ })).toBeVisible();
  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');
  if (save) await save();
  await finishSave(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Remove the old program');
  await remove();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your new protection');
}

/** Ticks one product on the Remove step, removes it, and goes on. */
export async function removeOnly(page: Page, product: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'What do you want to remove?' })).toBeVisible();
  await activateByKeyboard(page, product, 'checkbox');
  await activateByKeyboard(page, /^(Continue with|Review the removal of) 1 program$/);
  await activateByKeyboard(page, `Remove ${product}`);
  await expect(page.getByRole('heading', { name: new RegExp(`${product} — removed`) })).toBeVisible({ timeout: 30_000 });
  // After a removal the way on is "Continue" (issue 13.8), not "Continue without removing".
  await activateByKeyboard(page, /^Continue$/);
}

/** Leaves the old product in place (the two-products scenario). */
export async function keepEverything(page: Page): Promise<void> {
  await activateByKeyboard(page, 'Continue without removing');
}

/**
 * Selects a radio by keyboard the way a person does: Tab into its group (Tab stops on the checked
 * option, or the first), then the arrow keys until the wanted option is checked.
 */
export async function selectRadio(page: Page, name: string | RegExp): Promise<void> {
  const target = page.getByRole('radio', { name }).first();
  await expect(target).toBeVisible();
  const group = await target.getAttribute('name');
  for (let i = 0; i < 80; i += 1) {
    const inGroup = await page.evaluate((g) => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.type === 'radio' && el.name === g;
    }, group);
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 10 && !(await target.isChecked()); i += 1) {
    // Space checks the focused option (a group with nothing checked yet); the arrows move on.
    if (await target.evaluate((el) => el === document.activeElement)) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeChecked();
}

/** The Save step as its own test does it: a migration folder and the KPM export as a Bitwarden CSV. */
export async function savePasswordsForBitwarden(page: Page): Promise<void> {
  await activateByKeyboard(page, 'Create this folder');
  await expect(page.getByText('Your folder:')).toBeFocused();
  await nextPart(page);
  await activateByKeyboard(page, 'Use this file: Kaspersky Password Manager.txt');
  await expect(page.getByText('Export file:')).toBeVisible();
  await nextPart(page);
  await activateByKeyboard(page, 'Bitwarden', 'radio');
  await activateByKeyboard(page, 'Save my passwords');
  await expect(page.getByText(/all \d+ saved/)).toBeVisible();
}

/** Opens "See all N options" when a product is not among the top three shown first. */
export async function revealProduct(page: Page, product: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Your options, best fit first' })).toBeVisible();
  if (await page.getByRole('button', { name: `Choose ${product}`, exact: true }).isVisible()) return;
  await activateByKeyboard(page, /^See all \d+ options$/);
  await expect(page.getByRole('button', { name: `Choose ${product}`, exact: true })).toBeVisible();
}

/** Chooses a product from the list by keyboard, opening the full list first when needed. */
export async function chooseProduct(page: Page, product: string): Promise<void> {
  await revealProduct(page, product);
  await activateByKeyboard(page, `Choose ${product}`);
}

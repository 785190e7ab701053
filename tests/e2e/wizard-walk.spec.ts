import { activateByKeyboard, expect, expectNoAxeViolations, finishSave, openWizard, screenshot, test } from './fixtures';

/**
 * The skeleton's promise: all five steps can be walked by keyboard alone, each screen says what it
 * does, axe finds nothing, and each step is photographed for a person to review.
 */
test('walks Check → Save → Remove → Choose → Done by keyboard', async ({ page, preview }) => {
  await openWizard(page, preview);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(5);
  await expect(steps.locator('[aria-current="step"]')).toContainText('Check');

  // Check: it only looks, and says so before anything happens.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check what protects this computer');
  await expect(page.getByText('It only looks: it changes nothing.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expectNoAxeViolations(page);
  await screenshot(page, 'walk-1-check-start');

  await activateByKeyboard(page, 'Check this computer');
  await expect(page.getByRole('heading', { name: /found 1 security program/ })).toBeVisible();
  // The answer takes focus when the check ends, so the keyboard continues from there.
  await expect(page.getByRole('heading', { name: /found 1 security program/ })).toBeFocused();
  await expect(page.getByText('Kaspersky', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Built-in protection')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'walk-1-check-result');

  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');
  await expect(steps.locator('[aria-current="step"]')).toContainText('Save');
  await expect(steps.getByRole('listitem').first()).toContainText('done');
  await expectNoAxeViolations(page);
  await screenshot(page, 'walk-2-save');

  await finishSave(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Remove/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'walk-3-remove');

  await activateByKeyboard(page, /^Next$|^Continue|^Skip/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Choose/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'walk-4-choose');

  await activateByKeyboard(page, /^Next$|^Continue|^Skip/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Finish|Done/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'walk-5-done');

  // Back returns to the previous step with nothing lost.
  await activateByKeyboard(page, 'Back');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Choose/);
});

test('Cancel asks first, says what is kept, and Stay keeps the user where they were', async ({ page, preview }) => {
  await openWizard(page, preview);
  await activateByKeyboard(page, 'Cancel');
  const dialog = page.getByRole('dialog', { name: 'Leave SafeSwitch?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Nothing on your computer has been changed');
  await expect(dialog).toContainText('Your progress is kept');
  await expectNoAxeViolations(page);
  await screenshot(page, 'walk-cancel-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check what protects this computer');
  // Drawn when first opened, and closing it still hands focus back to the button that opened it.
  await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();

  await activateByKeyboard(page, 'Cancel');
  await activateByKeyboard(page, 'Leave SafeSwitch');
  await expect(page.getByRole('heading', { name: 'SafeSwitch is closed' })).toBeVisible();
});

test('resumes where the user left off after the app is killed', async ({ page, preview }) => {
  await openWizard(page, preview);
  await activateByKeyboard(page, 'Check this computer');
  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');

  const restarted = await preview.restart('SIGKILL');
  await page.goto(restarted.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');
  await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toBeVisible();
});

test.describe('at 800×600', () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test('nothing overflows sideways and every control stays reachable', async ({ page, preview }) => {
    await openWizard(page, preview);
    await activateByKeyboard(page, 'Check this computer');
    await expect(page.getByRole('heading', { name: /found 1 security program/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await activateByKeyboard(page, 'Next');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');
    await expectNoAxeViolations(page);
    await screenshot(page, 'walk-800x600-save');
  });
});

test('a step move that fails is said on screen, and the user stays where they were', async ({ page, preview }) => {
  await openWizard(page, preview);
  await activateByKeyboard(page, 'Check this computer');
  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');

  // The service goes away (a crash): the next call cannot reach it.
  preview.interrupted = true;
  await preview.current.stop('SIGKILL');
  await activateByKeyboard(page, 'Back');
  await expect(page.getByRole('alert').filter({ hasText: /That did not work \(.+\)\. Please try again\./ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');
});

import { activateByKeyboard, expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { choose, reachRemoveStep } from './remove-helpers';

/**
 * Issue 5 on a simulated Mac with Kaspersky Internet Security whose inventory lists no vendor
 * uninstaller (the UninstallScript is missing), so SafeSwitch runs nothing and guides a removal by
 * hand, then checks: the commit page says why, and the check lists what is still there. The Mac
 * with the script found is remove-mac-uninstaller.spec.ts. Keyboard, axe, 800x600.
 */
test.use({ scenario: 'tests/scenarios/mac-kaspersky.json', viewport: { width: 800, height: 600 } });

const KIS = 'Kaspersky Internet Security';

test('guides a Mac removal SafeSwitch cannot run itself, then checks what is still there', async ({ page, preview }) => {
  await reachRemoveStep(page, preview);
  await expectNoAxeViolations(page);
  await choose(page, KIS, 1);

  await expect(page.getByText('SafeSwitch found no uninstaller for this program.')).toBeVisible();
  await expect(page.getByText(/choose Help, then Uninstall/)).toBeVisible();
  await expect(page.getByRole('button', { name: `Remove ${KIS}` })).toHaveCount(0);
  await expect(page.getByText('Show the exact commands')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-mac-1-manual');

  await activateByKeyboard(page, `Check again whether ${KIS} is gone`);
  await expect(page.getByText(`${KIS} is not fully removed yet.`)).toBeVisible();
  await expect(page.getByText(/Its app: still there/)).toBeVisible();
  // Built-in protection is only judged once the product is gone.
  await expect(page.getByRole('heading', { name: 'Built-in protection' })).toHaveCount(0);
  // While the program is still installed, its folders are its own parts, not leftovers: no "drag this
  // folder to the Trash" for a program that still works.
  await expect(page.getByText(`When ${KIS} is gone, SafeSwitch lists here anything it left behind.`)).toBeVisible();
  await expect(page.locator('.leftovers')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('to the Trash');
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-mac-2-checked');
});

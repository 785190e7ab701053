import { activateByKeyboard, expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { choose, expectNoSidewaysScroll, reachRemoveStep } from './remove-helpers';

/**
 * Issue 5 on a simulated Mac whose inventory lists Kaspersky's UninstallScript (research
 * detection.md §2.1), so detection reports it and SafeSwitch runs it through the Mac's
 * administrator prompt. The user first presses Cancel in that prompt, then tries again; the check
 * shows the product gone and what it left behind. Keyboard only, axe clean, 800x600.
 */
test.use({ scenario: 'tests/scenarios/mac-kaspersky-uninstaller.json', viewport: { width: 800, height: 600 } });

const KIS = 'Kaspersky Internet Security';
const SCRIPT = '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript';

test('removes Kaspersky on a Mac through its uninstall script after a cancelled password prompt, then lists leftovers', async ({ page, preview }) => {
  await reachRemoveStep(page, preview);
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-mac-uninstaller-1-choose');
  await choose(page, KIS, 1);

  // The commit page: the verb and product, the Mac's password prompt, the exact command.
  await expect(page.getByText(`Run the uninstaller of ${KIS}.`)).toBeVisible();
  await expect(page.getByText(/Your Mac will ask for an administrator's password for this one command/)).toBeVisible();
  await expect(page.getByText('SafeSwitch found no uninstaller for this program.')).toHaveCount(0);
  await activateByKeyboard(page, 'Show the exact commands');
  await expect(page.locator('pre code').first()).toContainText(SCRIPT);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'remove-mac-uninstaller-2-commit');

  // 1: the user presses Cancel in the Mac's password prompt (osascript: "User canceled", -128).
  await activateByKeyboard(page, `Remove ${KIS}`);
  await expect(page.getByText('You pressed Cancel when your Mac asked for the password. Nothing was removed.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Windows/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: `${KIS} — not removed` })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-mac-uninstaller-3-cancelled');

  // 2: try again; the script removes the app, its processes and background jobs.
  await activateByKeyboard(page, `Try again: remove ${KIS}`);
  await expect(page.getByText(`${KIS} is removed.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: `${KIS} — removed` })).toBeVisible();
  // All gone: what was checked waits behind a button.
  await expect(page.getByText('Its app: gone')).toHaveCount(0);
  await activateByKeyboard(page, 'What SafeSwitch checked');
  await expect(page.getByText('Its app: gone')).toBeVisible();
  await expect(page.getByText('Its running parts: gone')).toBeVisible();

  // What it left behind: the Kaspersky Lab support folder and the browser extension.
  await expect(page.getByRole('heading', { name: 'What was left behind' })).toBeVisible();
  const leftovers = page.locator('.leftovers');
  await expect(leftovers).toContainText('/Library/Application Support/Kaspersky Lab');
  await expect(leftovers).toContainText('in the Finder');
  await expect(leftovers).not.toContainText('File Explorer');
  await expect(leftovers).toContainText('Kaspersky Protection in Chrome');
  await activateByKeyboard(page, 'How to remove it: Kaspersky Protection in Chrome');
  await expect(leftovers).toContainText('In Chrome, open the menu');
  await expect(leftovers).not.toContainText('/Applications/Kaspersky Internet Security.app');
  await expect(page.getByText(/XProtect, the protection built into macOS, is always on/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'remove-mac-uninstaller-4-verified');

  await activateByKeyboard(page, /^Continue$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Choose/);
});

import { activateByKeyboard, expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { choose, reachRemoveStep } from './remove-helpers';

/**
 * Migration.md §1.4 and §2: Defender should come back on its own when the old antivirus goes, but
 * sometimes it does not. Then the check says so, shows how to turn it on, and the known fixes.
 */
test.use({ scenario: 'tests/scenarios/win-kaspersky-total-security-defender-off.json', viewport: { width: 800, height: 600 } });

const KTS = 'Kaspersky Total Security';

test('after removal, Defender stays off: the check says so and shows how to turn it on', async ({ page, preview }) => {
  await reachRemoveStep(page, preview);
  await choose(page, KTS, 1);
  await activateByKeyboard(page, `Remove ${KTS}`);
  await expect(page.getByText(`${KTS} is removed.`)).toBeVisible();
  await expect(page.getByText('Nothing was left behind.')).toBeVisible();
  await expect(page.getByText('Microsoft Defender Antivirus is not on yet, and no other program protects this computer.')).toBeVisible();
  await expect(page.getByText('Choose Virus & threat protection.')).toBeVisible();
  await activateByKeyboard(page, 'If it still will not turn on');
  await expect(page.getByText('Microsoft explains this screen on its own help page: https://support.microsoft.com/', { exact: false })).toBeVisible();
  // No repair commands from forums or issue trackers (issue 10): nothing to type into a Command Prompt.
  await expect(page.getByText('winmgmt', { exact: false })).toHaveCount(0);
  await expect(page.locator('code', { hasText: 'mpcmdrun' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-defender-off');
});

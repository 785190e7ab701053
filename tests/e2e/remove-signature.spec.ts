import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { choose, expectNoSidewaysScroll, reachRemoveStep } from './remove-helpers';

/**
 * Issue 12: an uninstaller whose valid signature names another company (scripted in the scenario)
 * is never offered to run with administrator rights. The consent page says why and gives the
 * manual step instead. Keyboard only, axe clean, 800x600.
 */
test.use({ scenario: 'tests/scenarios/win-avast-uninstaller-wrong-signer.json', viewport: { width: 800, height: 600 } });

test('an uninstaller signed by another company becomes a manual step that says why', async ({ page, preview }) => {
  await reachRemoveStep(page, preview);
  await choose(page, 'Avast Free Antivirus', 1);
  await expect(page.getByText('This uninstaller is signed by Avast Software Updater Ltd, not by Avast.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove Avast/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'remove-signature-refused');
});

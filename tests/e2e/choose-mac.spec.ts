import { activateByKeyboard, expect, expectNoAxeViolations, openWizard, screenshot, test } from './fixtures';
import { chooseProduct, removeOnly, selectRadio, toChooseStep } from './choose-walk';

test.use({ scenario: 'tests/scenarios/choose-mac-bitdefender.json' });

/** A Mac user: the ranking is for macOS, the .pkg is checked with pkgutil and opened with open. */
test('a Mac user gets macOS choices, opens a signed Bitdefender package, and Done says what it can see', async ({ page, preview }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openWizard(page, preview);
  // SafeSwitch runs Kaspersky's UninstallScript (found by detection) behind the Mac's password prompt.
  await toChooseStep(page, () => removeOnly(page, 'Kaspersky Internet Security'));
  await expect(page.getByRole('checkbox', { name: 'Mac', exact: true })).toBeChecked();
  await activateByKeyboard(page, 'Just show me the options');
  await expect(page.getByRole('article').first()).not.toContainText('Microsoft Defender');
  await chooseProduct(page, 'Bitdefender');
  await selectRadio(page, 'Bitdefender.pkg');
  await activateByKeyboard(page, 'Check this installer');
  await expect(page.getByText('This installer is signed by Bitdefender SRL, the maker of Bitdefender. The signature is valid.')).toBeVisible();
  await activateByKeyboard(page, 'Open the Bitdefender installer');
  await expect(page.getByText('The installer is open. Follow its steps, then come back here.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-mac-1-opened');
  await activateByKeyboard(page, 'Next');
  await activateByKeyboard(page, 'Check my protection');
  // Kaspersky is gone and SafeSwitch now sees Bitdefender for Mac (its daemon under /Library/Bitdefender/AVP,
  // docs/research/mac-signals.md): exactly one product protects.
  await expect(page.getByText('One program keeps this computer safe, as it should: Bitdefender Antivirus.')).toBeVisible();
  await expect(page.getByText(/Kaspersky/).filter({ hasText: 'still runs' })).toHaveCount(0);
  const changed = page.getByRole('heading', { name: 'What changed on this computer' }).locator('xpath=following-sibling::ul[1]');
  await expect(changed.getByRole('listitem')).toHaveText(['Kaspersky Internet Security: removed', 'Bitdefender installer: opened']);
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-mac-2-done');
});

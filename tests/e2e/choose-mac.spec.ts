import { activateByKeyboard, expect, expectNoAxeViolations, openWizard, screenshot, test } from './fixtures';
import { chooseProduct, keepEverything, selectRadio, toChooseStep } from './choose-walk';

test.use({ scenario: 'tests/scenarios/choose-mac-bitdefender.json' });

/** A Mac user: the ranking is for macOS, the .pkg is checked with pkgutil and opened with open. */
test('a Mac user gets macOS choices, opens a signed Bitdefender package, and Done says what it can see', async ({ page, preview }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openWizard(page, preview);
  // SafeSwitch finds no uninstaller it may run for Kaspersky on this Mac: the user removes it later, by hand.
  await toChooseStep(page, () => keepEverything(page));
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
  // Kaspersky still runs and SafeSwitch cannot see Bitdefender for Mac yet: it says both, plainly.
  await expect(page.getByText(/protected by exactly one security program: Kaspersky/)).toBeVisible();
  await expect(page.getByText(/SafeSwitch does not see Bitdefender protecting this computer yet/)).toBeVisible();
  await expect(page.getByText('Kaspersky Internet Security is the program you set out to leave, and it still runs.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-mac-2-done');
});

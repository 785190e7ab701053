import { activateByKeyboard, expect, expectNoAxeViolations, openWizard, screenshot, test } from './fixtures';
import { chooseProduct, removeOnly, selectRadio, toChooseStep } from './choose-walk';

test.use({ scenario: 'tests/scenarios/choose-win-two-active.json' });

/** A machine where two products end up active: Done warns clearly and names both. */
test('warns and names both products when Defender stays on beside Bitdefender', async ({ page, preview }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openWizard(page, preview);
  await toChooseStep(page, () => removeOnly(page, 'Kaspersky Total Security'));
  await activateByKeyboard(page, 'Just show me the options');
  await chooseProduct(page, 'Bitdefender');
  await selectRadio(page, 'bitdefender_avfree.exe');
  await activateByKeyboard(page, 'Check this installer');
  await activateByKeyboard(page, 'Run the Bitdefender installer');
  await expect(page.getByText('The installer finished.')).toBeVisible({ timeout: 20_000 });
  await activateByKeyboard(page, 'Next');
  await activateByKeyboard(page, 'Check my protection');
  const alert = page.getByRole('alert').filter({ hasText: 'at the same time' });
  await expect(alert).toContainText(/Warning: Bitdefender[^,]* and Microsoft Defender Antivirus are active at the same time/);
  await expect(alert).toContainText('Microsoft Defender normally steps back by itself');
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-two-active-done');
});

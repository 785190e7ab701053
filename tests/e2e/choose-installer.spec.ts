import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { activateByKeyboard, expect, expectNoAxeViolations, openWizard, screenshot, test } from './fixtures';
import { chooseProduct, removeOnly, selectRadio, toChooseStep } from './choose-walk';

test.use({ scenario: 'tests/scenarios/choose-win-paid-installer.json' });

/**
 * A paid product from an installer the user already downloaded: SafeSwitch checks its Authenticode
 * signature against the chosen maker, shows the signer, asks before running it, and the finish
 * check ends with Bitdefender alone (Defender steps back). Keyboard only, axe clean, 800x600.
 */
test('picks Bitdefender, checks and runs its signed installer, ends protected by Bitdefender alone', async ({ page, preview }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openWizard(page, preview);
  await toChooseStep(page, () => removeOnly(page, 'Kaspersky Total Security'));

  await selectRadio(page, 'I am happy to pay');
  await activateByKeyboard(page, 'Show my options');
  await expect(page.getByRole('heading', { name: 'Your options, best fit first' })).toBeVisible();
  await chooseProduct(page, 'Bitdefender');
  await expect(page.getByRole('heading', { name: 'Get Bitdefender' })).toBeVisible();

  // The maker's page: main looks the address up by id; the preview records instead of opening.
  await activateByKeyboard(page, 'Open the Bitdefender website');
  await expect(page.getByText(/Type this address into it: https:\/\/[^ ]*bitdefender/)).toBeVisible();
  expect(await preview.opened()).toEqual([expect.stringMatching(/^https:\/\/[^/]*bitdefender\.com\//)]);

  // A typed path that does not exist is explained, not run.
  await selectRadio(page, 'bitdefender_avfree.exe');
  await activateByKeyboard(page, 'Check this installer');
  await expect(page.getByText('This installer is signed by Bitdefender SRL, the maker of Bitdefender. The signature is valid.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-installer-1-signed');

  await activateByKeyboard(page, 'Run the Bitdefender installer');
  await expect(page.getByText('The installer finished.')).toBeVisible({ timeout: 20_000 });
  await screenshot(page, 'choose-installer-2-ran');

  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finish and check');
  await activateByKeyboard(page, 'Check my protection');
  await expect(page.getByText(/One program keeps this computer safe, as it should: Bitdefender/)).toBeVisible();
  await expect(page.getByText('Bitdefender installer: finished')).toBeVisible();
  await expect(page.getByText(/report\.html$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-installer-3-done');
});

test('refuses a path that is not an installer and one for another maker', async ({ page, preview }) => {
  await openWizard(page, preview);
  await toChooseStep(page, () => removeOnly(page, 'Kaspersky Total Security'));
  await activateByKeyboard(page, 'Just show me the options');
  await chooseProduct(page, 'ESET HOME Security');
  await selectRadio(page, 'bitdefender_avfree.exe');
  await activateByKeyboard(page, 'Check this installer');
  await expect(page.getByText(/This installer is signed by Bitdefender SRL, not by the maker of ESET/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Run the .* installer/ })).toHaveCount(0);

  // With installers found, the typed path waits behind its button, as the export file's does in Save.
  await expect(page.getByLabel('Type the full path of the installer')).toHaveCount(0);
  await activateByKeyboard(page, 'My installer is somewhere else');
  await page.getByLabel('Type the full path of the installer').focus();
  await page.keyboard.type('/nowhere/setup.exe');
  await activateByKeyboard(page, 'Check this installer');
  await expect(page.getByText('SafeSwitch cannot find that file. Check the path and try again.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-installer-refused');
  // Closed again, the typed path no longer counts: the installer picked in the list is the one in view, and checked.
  await activateByKeyboard(page, 'My installer is somewhere else');
  await expect(page.getByRole('radio', { name: /bitdefender_avfree\.exe/ })).toBeChecked();
  await activateByKeyboard(page, 'Check this installer');
  await expect(page.getByText('SafeSwitch cannot find that file. Check the path and try again.')).toHaveCount(0);
  await expect(page.getByText(/This installer is signed by Bitdefender SRL, not by the maker of ESET/)).toBeVisible();
});

/**
 * A refusal main sends is said in the user's language (issue 13.6): the installer is changed after
 * its check, and the Russian screen says so in Russian, not in main's English sentence.
 */
test('an installer changed after its check is refused, in Russian on a Russian screen', async ({ page, preview }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openWizard(page, preview);
  await toChooseStep(page, () => removeOnly(page, 'Kaspersky Total Security'));
  await selectRadio(page, 'I am happy to pay');
  await activateByKeyboard(page, 'Show my options');
  await chooseProduct(page, 'Bitdefender');
  await selectRadio(page, 'bitdefender_avfree.exe');
  await activateByKeyboard(page, 'Check this installer');
  await expect(page.getByText('This installer is signed by Bitdefender SRL, the maker of Bitdefender. The signature is valid.')).toBeVisible();

  // Someone swaps the file between the check and the run.
  await appendFile(join(preview.current.dataFolder, 'simulated-home', 'Downloads', 'bitdefender_avfree.exe'), 'changed\n');
  await page.getByLabel('Language').selectOption('ru');
  await activateByKeyboard(page, 'Запустить установщик Bitdefender');
  const refusal = page.getByText('SafeSwitch не будет его запускать: Файл установщика изменился после проверки. Проверьте его ещё раз.');
  await expect(refusal).toBeVisible();
  // Focus lands on the refusal, and the stale check is gone: the next step is to check again.
  await expect(refusal).toBeFocused();
  await expect(page.getByRole('button', { name: 'Запустить установщик Bitdefender' })).toHaveCount(0);
  await expect(page.getByText('(1 кБ,')).toHaveCount(2);
  await expect(page.getByText('The installer file changed')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-installer-4-changed-ru');
});

import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { activateByKeyboard, expect, expectNoAxeViolations, openWizard, screenshot, test } from './fixtures';
import { keepEverything, savePasswordsForBitwarden, toChooseStep } from './choose-walk';

/**
 * The SafeSwitch folder was deleted (or was on a stick taken out) between Save and Done: Done says so
 * in plain words and what to do, in the user's language, and writes the report once it is back.
 */
/** The dated folder the Save step made in the simulated machine's Documents. */
function safeSwitchFolder(dataFolder: string): string {
  const documents = join(dataFolder, 'simulated-home', 'Documents');
  return join(documents, readdirSync(documents).find((n) => n.startsWith('SafeSwitch')) as string);
}

test('Done says the SafeSwitch folder is gone, in Russian too, and writes the report once it is back', async ({ page, preview }) => {
  test.setTimeout(90_000);
  await openWizard(page, preview);
  await toChooseStep(page, () => keepEverything(page), async () => {
    await activateByKeyboard(page, 'Create this folder');
    await expect(page.getByText('Your folder:')).toBeFocused();
  });
  const folder = safeSwitchFolder(preview.current.dataFolder);
  rmSync(folder, { recursive: true, force: true });

  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finish and check');
  await activateByKeyboard(page, /^Check my protection$|^Check again$/);
  // The report's own alert (the check's warning about Kaspersky is another).
  const alert = page.getByRole('alert').filter({ hasText: /The report could not be written|Отчёт не удалось записать/ });
  await expect(alert).toContainText(`The SafeSwitch folder ${folder} is not there anymore.`);
  await expect(alert).toContainText('Choose a folder again in the Save step.');
  await expect(alert).not.toContainText('ENOENT');
  // What was saved says the folder is gone, and there is no report to open there.
  await expect(page.getByText(`Your SafeSwitch folder ${folder} is not there anymore.`)).toBeVisible();
  await expect(page.getByText(`Your migration folder: ${folder}`)).toHaveCount(0);
  // …and the step list does not tick Save.
  await expect(page.locator('.step-item', { hasText: 'Save' })).toContainText('not finished');
  await expect(page.getByRole('button', { name: 'Open the report' })).toHaveCount(0);
  await expect(page.getByText('Keep the report: it lists everything SafeSwitch did.')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'done-folder-gone-en');

  // The same refusal in Russian: the language switch, then the retry.
  await page.locator('.language-switcher select').selectOption('ru');
  await activateByKeyboard(page, 'Попробовать ещё раз записать отчёт');
  await expect(alert).toContainText(`Папки SafeSwitch ${folder} больше нет.`);
  await expect(alert).toContainText('Снова выберите папку на шаге «Сохранение».');
  await screenshot(page, 'done-folder-gone-ru');

  // The stick is back: the retry writes the report, and the refusal goes.
  mkdirSync(folder);
  await activateByKeyboard(page, 'Попробовать ещё раз записать отчёт');
  await expect(alert).toHaveCount(0);
  await expect(page.getByText(join(folder, 'report.html'))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Открыть отчёт' })).toBeVisible();
  await expect(page.locator('.step-item', { hasText: 'Сохранение' })).toContainText('сделано');
  expect(readdirSync(folder)).toContain('report.html');
});

test('Save says its folder is gone and makes it again with one press', async ({ page, preview }) => {
  await openWizard(page, preview);
  await activateByKeyboard(page, 'Check this computer');
  await expect(page.getByRole('heading', { name: /SafeSwitch found \d+ security program/ })).toBeVisible();
  await activateByKeyboard(page, 'Next');
  await activateByKeyboard(page, 'Create this folder');
  await expect(page.getByText('Your folder:')).toBeFocused();
  const folder = safeSwitchFolder(preview.current.dataFolder);
  rmSync(folder, { recursive: true, force: true });

  // Opened again (the next day, or after a restart): the step says so instead of "Your folder:".
  await page.reload();
  await expect(page.getByText(`The folder ${folder} is not there anymore.`)).toBeVisible();
  await expect(page.getByText('Your folder:')).toHaveCount(0);
  await expect(page.locator('.step-item', { hasText: 'Save' })).toContainText('you are here');
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-folder-gone');
  await activateByKeyboard(page, 'Create this folder');
  await expect(page.getByText('Your folder:')).toBeFocused();
  await expect(page.getByText(/is not there anymore/)).toHaveCount(0);
  expect(readdirSync(folder)).toContain('report.html');
});

// A machine with Kaspersky Password Manager and its export in Downloads.
test.describe('with passwords saved', () => {
  test.use({ scenario: 'tests/scenarios/choose-win-kts-to-defender.json' });

  test('Done lists a password file deleted by hand as not there, never as saved', async ({ page, preview }) => {
    test.setTimeout(90_000);
    await openWizard(page, preview);
    await toChooseStep(page, () => keepEverything(page), () => savePasswordsForBitwarden(page));
    const folder = safeSwitchFolder(preview.current.dataFolder);
    const csv = join(folder, readdirSync(folder).find((n) => /^passwords-.*\.csv$/.test(n)) as string);
    rmSync(csv);

    await activateByKeyboard(page, 'Next');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finish and check');
    await expect(page.getByText(`Your migration folder: ${folder}`)).toBeVisible();
    await expect(page.getByText('These files are not there anymore. They may have been moved or deleted:')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: csv })).toHaveText(csv);
    // Not among the saved files ("… (passwords)").
    await expect(page.getByText(`${csv} (passwords)`)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'done-file-missing');

    // The report the check writes says it too, in its Save part, and no longer warns of clear text.
    await activateByKeyboard(page, 'Check my protection');
    await expect(page.getByText('The report is saved here. Open it to read or print it:')).toBeVisible();
    const report = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(report).toContain('not there anymore: moved or deleted since it was saved');
    expect(report).not.toContain('in clear text');
  });
});

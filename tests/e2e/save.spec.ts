import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { activateByKeyboard, expect, expectNoAxeViolations, finishSave, nextPart, openWizard, screenshot, test, visibleWords, type Preview } from './fixtures';

/**
 * The Save step end to end (issue 4): on a simulated Windows machine with Kaspersky Password
 * Manager and an export in Downloads, by keyboard alone at 800x600, from Check to a verified
 * Bitwarden CSV and a migration folder whose report holds the counts.
 */
test.use({ scenario: 'tests/scenarios/win-kaspersky-password-manager.json', viewport: { width: 800, height: 600 } });

async function reachSave(page: Page, preview: Preview): Promise<void> {
  await openWizard(page, preview);
  await activateByKeyboard(page, 'Check this computer');
  await expect(page.getByRole('heading', { name: /found \d+ security program/ })).toBeVisible();
  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save what you want to keep');
  await expect(page.getByRole('heading', { name: 'Where to keep everything' })).toBeVisible();
  await expect(page.getByText('Part 1 of 7: the folder')).toBeVisible();
}

/** Goes to a part by its forward button, checking the part's words on the way. */
async function toPart(page: Page, position: string): Promise<void> {
  await nextPart(page);
  await expect(page.getByText(position)).toBeVisible();
  expect(await visibleWords(page), position).toBeLessThanOrEqual(150);
}

test('converts a KPM export to a verified Bitwarden CSV and writes the migration folder', async ({ page, preview }) => {
  await reachSave(page, preview);
  expect(await visibleWords(page)).toBeLessThanOrEqual(150);
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-1-start');

  await activateByKeyboard(page, 'Create this folder');
  await expect(page.getByText('Your folder:')).toBeVisible();
  // The pressed button is replaced by the folder chosen, and focus moves there.
  await expect(page.getByText('Your folder:')).toBeFocused();

  await toPart(page, 'Part 2 of 7: your passwords');
  // The new part's heading takes focus.
  await expect(page.getByRole('heading', { name: 'Export your passwords from Kaspersky Password Manager' })).toBeFocused();
  await expect(page.getByText('Additional, then Settings, then Import/Export', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Kaspersky Password Manager' })).toBeVisible();
  // Only the export is offered; the shopping list in Documents is not an export.
  await expect(page.getByRole('button', { name: /^Use this file/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-2-export');
  await activateByKeyboard(page, 'Use this file: Kaspersky Password Manager.txt');
  await expect(page.getByText('Export file:')).toBeVisible();
  await expect(page.getByText('(7 entries found)')).toBeVisible();

  await toPart(page, 'Part 3 of 7: your new password manager');
  await activateByKeyboard(page, 'Bitwarden', 'radio');
  await expect(page.getByRole('radio', { name: 'Bitwarden' })).toBeChecked();
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-2-ready');

  await activateByKeyboard(page, 'Save my passwords');
  await expect(page.getByText('5 logins, 2 notes — all 7 saved')).toBeVisible();
  // Focus moves to the result, so it is in view and read first.
  await expect(page.getByRole('heading', { name: 'Your passwords are saved' })).toBeFocused();
  await expect(page.getByText('Websites: 3. Applications: 1. Other accounts: 1. Notes: 2.')).toBeVisible();
  await expect(page.getByText('found 7 of 7 entries complete')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-3-converted');

  await toPart(page, 'Part 4 of 7: import and delete');
  await expect(page.getByText(/hold your passwords in clear text/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to import into Bitwarden' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-4-import');

  await toPart(page, 'Part 5 of 7: Kaspersky settings');
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-5-kaspersky');
  // The license, the renewal to stop and the quarantine have a part of their own (one thing a screen).
  await toPart(page, 'Part 6 of 7: license and renewal');
  await expect(page.getByRole('heading', { name: 'Stop the automatic renewal' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-5b-licence');
  await toPart(page, 'Part 7 of 7: summary');
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-6-summary');

  // The report: its path is shown, and the file in the simulated Documents holds the counts.
  const reportPath = (await page.getByTestId('report-html-path').textContent()) ?? '';
  expect(reportPath.startsWith(join(preview.current.dataFolder, 'simulated-home', 'Documents'))).toBe(true);
  const folder = reportPath.replace(/[\\/]report\.html$/, '');
  const html = readFileSync(reportPath, 'utf8');
  expect(html).toContain('<th scope="row">Entries found in the export</th><td>7</td>');
  expect(html).toContain('<th scope="row">Entries checked in the written files</th><td>7</td>');
  expect(html).not.toContain('0042-Tulip');
  expect(readFileSync(join(folder, 'SHA256SUMS'), 'utf8')).toMatch(/ {2}passwords-bitwarden\.csv$/m);
  expect(readFileSync(join(folder, 'passwords-bitwarden.csv'), 'utf8')).toContain('0042-Tulip');

  // "Open the report" asks main to open that report.html (the preview records it and opens nothing,
  // so the screen then says where the file is, to open by hand).
  expect(await preview.opened()).toEqual([]);
  await activateByKeyboard(page, 'Open the report');
  await expect(page.getByText(`SafeSwitch could not open the report. To open it yourself, open this file in your web browser: ${reportPath}`)).toBeVisible();
  const opened = await preview.opened();
  expect(opened).toHaveLength(1);
  expect(opened[0]).toMatch(/[\\/]SafeSwitch \d{4}-\d{2}-\d{2}[\\/]report\.html$/);
  expect(readFileSync(opened[0] ?? '', 'utf8')).toBe(html);

  // Open report.html as the user would (a file in their browser), in its own tab: readable and axe-clean.
  const report = await page.context().newPage();
  await report.goto(pathToFileURL(reportPath).href);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Your SafeSwitch report');
  await expect(report.getByRole('row', { name: /Entries found in the export 7/ })).toBeVisible();
  await expectNoAxeViolations(report);
  await screenshot(report, 'save-report-html');
  await report.close();
});

test('asks before replacing, backs up settings honestly, and deletes the plaintext files', async ({ page, preview }) => {
  await reachSave(page, preview);
  await activateByKeyboard(page, 'Create this folder');
  // The folder is made, and focus moves to it, before going on.
  await expect(page.getByText('Your folder:')).toBeFocused();
  await nextPart(page);
  await activateByKeyboard(page, 'Use this file: Kaspersky Password Manager.txt');
  await expect(page.getByText('Export file:')).toBeVisible();
  await nextPart(page);
  await activateByKeyboard(page, 'Save my passwords');
  await expect(page.getByText('all 7 saved')).toBeVisible();

  await activateByKeyboard(page, 'Save my passwords');
  await expect(page.getByRole('heading', { name: 'These files are already there' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-4-exists');
  await activateByKeyboard(page, 'Keep the old files');
  await expect(page.getByText('The old files were kept. Nothing was changed.')).toBeVisible();

  await nextPart(page);
  const importPart = page.getByText(/^Part \d of \d: import and delete$/);
  await expect(importPart).toBeVisible();
  await nextPart(page);
  await activateByKeyboard(page, "Save Kaspersky's settings");
  await expect(page.getByText(/Kaspersky said it finished, but the settings file is not in your folder/)).toBeVisible();
  await nextPart(page);
  await expect(page.getByText('There are 3 items in quarantine.')).toBeVisible();
  await expect(page.getByText('License type: commercial. Days left: 41.')).toBeVisible();

  await nextPart(page);
  const folder = ((await page.getByTestId('report-html-path').textContent()) ?? '').replace(/[\\/]report\.html$/, '');
  const csv = join(folder, 'passwords-bitwarden.csv');
  expect(existsSync(csv)).toBe(true);
  // Back to the import part, to delete the files.
  await activateByKeyboard(page, 'Back');
  await activateByKeyboard(page, 'Back');
  await activateByKeyboard(page, 'Back');
  await expect(importPart).toBeVisible();
  await activateByKeyboard(page, 'The password files SafeSwitch wrote', 'checkbox');
  await activateByKeyboard(page, 'Delete the files I ticked');
  await expect(page.getByText(/copies of the old contents may survive/)).toBeVisible();
  await expectNoAxeViolations(page);
  await activateByKeyboard(page, 'Yes, delete them now');
  await expect(page.getByText(`Deleted: ${csv}`)).toBeVisible();
  expect(existsSync(csv)).toBe(false);
  expect(readFileSync(join(folder, 'SHA256SUMS'), 'utf8')).not.toContain('passwords-bitwarden.csv');
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-5-deleted');

  // Done names the deleted file as deleted, never as a saved file (issue 12).
  await finishSave(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Remove/);
  for (const heading of [/Choose/, /Finish|Done/]) {
    await activateByKeyboard(page, /^Next$|^Continue|^Skip/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await expect(page.getByText('These password files were deleted at your request:')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: csv })).toHaveCount(1);
  await expect(page.getByText(`${csv} (passwords)`)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-7-done-deleted');
});

test('offers a new export found while watching, and only uses it after the user says yes', async ({ page, preview }) => {
  await reachSave(page, preview);
  await nextPart(page);
  await activateByKeyboard(page, 'Watch Downloads and Documents for a new export');
  await expect(page.getByText(/SafeSwitch is watching Downloads and Documents/)).toBeVisible();
  writeFileSync(
    join(preview.current.dataFolder, 'simulated-home', 'Downloads', '22-11-2026.txt'),
    '\uFEFFWebsites\r\n\r\nWebsite name: New\r\nWebsite URL: new.example\r\nLogin name: \r\nLogin: me\r\nPassword: x\r\nComment: \r\n',
  );
  await expect(page.getByText('A new export file appeared: 22-11-2026.txt. Do you want to use it?')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Export file:')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-6-offered');
  await activateByKeyboard(page, 'Yes, use 22-11-2026.txt');
  await expect(page.getByText('Export file:')).toBeVisible();
  await activateByKeyboard(page, 'Stop watching');
});

test('Cancel right after choosing the folder names it as where the saved files stay', async ({ page, preview }) => {
  await reachSave(page, preview);
  await activateByKeyboard(page, 'Create this folder');
  // The folder is made, and focus moves to it, before going on.
  await expect(page.getByText('Your folder:')).toBeFocused();
  const folder = ((await page.locator('.focus-target code').textContent()) ?? '').trim();
  expect(folder).not.toBe('');
  await activateByKeyboard(page, 'Cancel');
  const dialog = page.getByRole('dialog', { name: 'Leave SafeSwitch?' });
  await expect(dialog).toContainText(`Files you saved stay where they are: ${folder}`);
  await expect(dialog).not.toContainText('You have not saved any files yet.');
  await activateByKeyboard(page, 'Stay in SafeSwitch');
  await expect(dialog).toBeHidden();
});

test("a folder of the user's own is one press away, and changing it puts the cursor in the field", async ({ page, preview }) => {
  await reachSave(page, preview);
  const toggle = page.getByRole('button', { name: 'Use a different folder' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Type the full path of the folder')).toHaveCount(0);
  await activateByKeyboard(page, 'Use a different folder');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const own = join(preview.current.dataFolder, 'simulated-home', 'My backup');
  await page.getByLabel('Type the full path of the folder').focus();
  await page.keyboard.type(own);
  await activateByKeyboard(page, 'Use the folder I typed');
  await expect(page.getByText('Your folder:')).toBeFocused();
  await expect(page.getByText('Your folder:')).toContainText(own);
  expect(existsSync(join(own, 'report.html'))).toBe(true);
  await activateByKeyboard(page, 'Choose another folder');
  await expect(page.getByLabel('Type the full path of the folder')).toBeFocused();
  await expectNoAxeViolations(page);
});

test.describe('settings protected by a password', () => {
  test.use({ scenario: 'tests/scenarios/win-kaspersky-settings-password.json' });

  test('asks for the Kaspersky settings password and clears the field after use', async ({ page, preview }) => {
    await reachSave(page, preview);
    await activateByKeyboard(page, 'Create this folder');
    // The folder is made, and focus moves to it, before going on.
    await expect(page.getByText('Your folder:')).toBeFocused();
    await finishToKaspersky(page);
    await activateByKeyboard(page, "Save Kaspersky's settings");
    await expect(page.getByText('Kaspersky asks for its settings password.')).toBeVisible();
    const field = page.getByLabel('Kaspersky settings password');
    await field.focus();
    await page.keyboard.type('guess');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Kaspersky did not accept that password. Please try again.')).toBeVisible();
    await expect(field).toHaveValue('');
    await expectNoAxeViolations(page);
    await screenshot(page, 'save-7-settings-password');
    await field.focus();
    await page.keyboard.type('correct horse');
    await page.keyboard.press('Enter');
    // This scenario's avp.com writes the settings file it is asked for.
    await expect(page.getByText(/Kaspersky's settings were saved: .*kaspersky-settings/)).toBeVisible();
    const journal = readFileSync(join(preview.current.dataFolder, 'migration-journal.json'), 'utf8');
    expect(journal).not.toContain('correct horse');
  });
});

/** Next until the Kaspersky part shows. */
async function finishToKaspersky(page: Page): Promise<void> {
  for (let i = 0; i < 5 && !(await page.getByText(/^Part \d of \d: Kaspersky settings$/).isVisible()); i += 1) await nextPart(page);
  await expect(page.getByText(/^Part \d of \d: Kaspersky settings$/)).toBeVisible();
}

test('a file that is not an export is refused at the export part, in plain words, and nothing goes on with it', async ({ page, preview }) => {
  await reachSave(page, preview);
  await activateByKeyboard(page, 'Create this folder');
  // The folder is made, and focus moves to it, before going on.
  await expect(page.getByText('Your folder:')).toBeFocused();
  await nextPart(page);
  await activateByKeyboard(page, 'My export file is somewhere else');
  await page.getByLabel('Type the full path of your export file').focus();
  await page.keyboard.type(join(preview.current.dataFolder, 'simulated-home', 'Documents', 'shopping list.txt'));
  await activateByKeyboard(page, 'Use the file I typed');
  const refused = page.getByRole('alert').filter({ hasText: 'not an export from Kaspersky Password Manager' });
  await expect(refused).toBeVisible();
  await expect(refused).toBeFocused();
  await expect(page.getByText('Export file:')).toHaveCount(0);
  await expect(page.getByText('Part 2 of 7: your passwords')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-export-refused');
});

/**
 * The proof of a conversion in the reader's language (issue 13.6): in Russian, a Firefox file (no
 * notes in Firefox) says its counts, its files and what went to the second file in Russian, one
 * sentence per reason, not main's English sentence per entry.
 */
test('says a Firefox conversion and what it kept aside in Russian', async ({ page, preview }) => {
  await reachSave(page, preview);
  await page.getByLabel('Language').selectOption('ru');
  await activateByKeyboard(page, 'Создать эту папку');
  await nextPart(page, 'Далее');
  await activateByKeyboard(page, 'Использовать этот файл: Kaspersky Password Manager.txt');
  await nextPart(page, 'Далее');
  // Arrow keys move within a radio group; Space picks.
  await page.getByRole('radio', { name: 'Firefox' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Firefox' })).toBeChecked();
  await activateByKeyboard(page, 'Сохранить мои пароли');
  const result = page.locator('.notice, .warning').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(result.getByText('5 входов, 2 заметки: сохранены все 7 записей')).toBeVisible();
  await expect(result.getByText('Ваши входы на сайты, готовые к импорту в Firefox.')).toBeVisible();
  await expect(result.getByText('Firefox не импортирует заметки, поэтому 2 заметки лежат во втором файле: перенесите их вручную.')).toBeVisible();
  // Nothing main wrote in English is left in the result.
  await expect(result).not.toContainText(/\b(saved|ready to import|cannot import|kept in)\b/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'save-8-firefox-ru');
});

import { activateByKeyboard, expect, expectNoAxeViolations, openWizard, screenshot, test } from './fixtures';

/**
 * Parts of the scan that could not be read (issue 9: a Windows Server has no Security Center; a
 * collector can time out) are said in the reader's language (issue 13.6), not in the collectors'
 * English. The scenario's warnings are worded as the real probe and runner word them.
 */
test.use({ scenario: 'tests/scenarios/win-kaspersky-scan-warnings.json', viewport: { width: 800, height: 600 } });

test('says what the check could not read, in Russian', async ({ page, preview }) => {
  await openWizard(page, preview);
  await page.getByLabel('Language').selectOption('ru');
  await activateByKeyboard(page, 'Проверить этот компьютер');
  await expect(page.getByRole('heading', { name: 'Кое-что проверить не удалось' })).toBeVisible();
  await expect(page.getByText('Центр безопасности Windows: в этой Windows нет Центра безопасности (его нет в Windows Server). SafeSwitch опирается на другие признаки.')).toBeVisible();
  // Each line starts with a capital, as a list line does (exact: getByText alone ignores case).
  await expect(page.getByText('Драйверы: это заняло больше 20 секунд, и SafeSwitch пропустил это.', { exact: true })).toBeVisible();
  // The collectors' English stays in the help file, off the screen.
  await expect(page.getByText(/could not be read|took longer than/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'check-warnings-ru');
});

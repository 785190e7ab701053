import { activateByKeyboard, expect, expectNoAxeViolations, openWizard, screenshot, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { removeOnly, savePasswordsForBitwarden, toChooseStep } from './choose-walk';
import { CATALOG } from '../../shared/alternatives/catalog';

test.use({ scenario: 'tests/scenarios/choose-win-kts-to-defender.json' });

/**
 * A Windows user who had Kaspersky Total Security with VPN and Password Manager: the questions are
 * pre-filled from what the Check step found, the built-in choice comes first when they keep it
 * simple, and the wizard ends with Defender alone and a final report. Keyboard only, axe clean.
 */
test('Kaspersky Total Security with VPN and Password Manager ends on Microsoft Defender', async ({ page, preview }) => {
  // The whole wizard by keyboard, with the facts and the full list opened: longer than one screen's test.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 800, height: 600 });
  await openWizard(page, preview);
  await toChooseStep(page, () => removeOnly(page, 'Kaspersky Total Security'), () => savePasswordsForBitwarden(page));

  // Questions: pre-filled from detection (this computer, VPN and Password Manager found).
  await expect(page.getByRole('heading', { name: 'A few questions' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Windows computer' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'VPN (private connection)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Password manager' })).toBeChecked();
  await expect(page.getByText('you have Kaspersky VPN Secure Connection')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-defender-1-questions');

  await activateByKeyboard(page, 'Only free options', 'radio');
  // In a radio group Tab stops on the checked option; the arrow keys move the choice.
  await activateByKeyboard(page, 'Not sure', 'radio');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Yes, keep it simple' })).toBeChecked();
  await activateByKeyboard(page, 'Show my options');

  // The list: the catalog's age, the built-in option first with its reasons, every fact sourced.
  await expect(page.getByRole('heading', { name: 'Your options, best fit first' })).toBeVisible();
  // The button pressed is gone: focus moves to the heading of what replaced it.
  await expect(page.getByRole('heading', { name: 'Your options, best fit first' })).toBeFocused();
  // Dates are written for people (Intl), as "Nov 22, 2026", not "2026-11-22".
  await expect(page.getByText(/Facts checked (between [A-Z][a-z]{2} \d{1,2}, \d{4} and|on) [A-Z][a-z]{2} \d{1,2}, \d{4}\./)).toBeVisible();
  const first = page.getByRole('article').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(/^1\. Microsoft Defender/);
  await expect(first).toContainText('You asked to keep it simple');
  await expect(first).toContainText('What it lacks for you');
  // Said once: no "Built into Windows" under "it is already built into Windows", and what our
  // sources do not say in one line, not one "…: not known" line each.
  await expect(first.getByRole('listitem').filter({ hasText: /^Built into Windows/ })).toHaveCount(0);
  await expect(first.getByRole('listitem').filter({ hasText: 'Our sources do not say if it has a VPN or a password manager' })).toHaveCount(1);
  await expect(first).not.toContainText('not known');
  // Each short line names its source site; the full address and its check date wait behind a button
  // (the list's first lines say how old the facts are).
  await expect(first.getByText(/^Source: [a-z0-9.-]+\.[a-z]+(\/[A-Za-z0-9-]+)?$/).first()).toBeVisible();
  // The card's buttons say one word; what a screen reader says names the product (WCAG 2.5.3: it begins with it).
  await expect(first.getByRole('button', { name: 'Choose Microsoft Defender Antivirus' })).toHaveText('Choose');
  await expect(first.getByRole('button', { name: 'Facts and sources for Microsoft Defender Antivirus' })).toHaveText(/^\W*Facts and sources$/);
  await expect(first.getByText('2 more reasons')).toHaveCount(0);
  // The three best fits first; the rest behind "See all N options".
  await expect(page.getByRole('article')).toHaveCount(3);
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-defender-2-list');
  await activateByKeyboard(page, 'Facts and sources for Microsoft Defender Antivirus');
  await expect(first.getByRole('button', { name: 'Facts and sources for Microsoft Defender Antivirus' })).toHaveAttribute('aria-expanded', 'true');
  const facts = first.getByRole('table', { name: 'Facts and sources for Microsoft Defender Antivirus' });
  await expect(facts.getByRole('rowheader', { name: 'Company' })).toBeVisible();
  await expect(facts.getByText(/Source: https:\/\/.* · checked [A-Z][a-z]{2} \d{1,2}, \d{4}/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-defender-2b-facts');
  await activateByKeyboard(page, /^See all \d+ options$/);
  await expect(page.getByRole('article')).toHaveCount(CATALOG.products.length);
  await expect(page.getByRole('button', { name: 'Show only the top 3' })).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);

  // Compare two products side by side: every value with a footnote number, the sources listed below.
  await activateByKeyboard(page, 'Compare Microsoft Defender Antivirus', 'checkbox');
  await activateByKeyboard(page, 'Compare Bitdefender', 'checkbox');
  await activateByKeyboard(page, 'Compare the ticked products (2)');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Feature', 'Microsoft Defender Antivirus', 'Bitdefender']);
  await expect(table.locator('a.footnote-ref').first()).toHaveText('[1]');
  await expect(page.locator('ol.footnotes li').first()).toContainText(/^https:\/\/.*, checked [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-defender-3-compare');
  await activateByKeyboard(page, 'Back to the list');

  await activateByKeyboard(page, 'Choose Microsoft Defender Antivirus');
  await expect(page.getByRole('heading', { level: 2, name: 'Get Microsoft Defender Antivirus' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Turn on Microsoft Defender' })).toBeVisible();
  await activateByKeyboard(page, 'Open Windows Security');
  await expect(page.getByText('Windows Security should now be open')).toBeVisible();
  await activateByKeyboard(page, 'Check my protection now');
  await expect(page.getByText('This computer is protected by Microsoft Defender Antivirus, which is built in.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-defender-4-get-it');

  await activateByKeyboard(page, 'Next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finish and check');
  await activateByKeyboard(page, /^Check (my protection|again)$/);
  await expect(page.getByRole('status').filter({ hasText: 'which is built in' })).toBeVisible();
  await expect(page.getByText('Kaspersky Total Security: removed')).toBeVisible();
  // Three old products: one list as people write it, and the plural (issue 13.6: Intl, not string joins).
  await expect(page.getByText(/^If you paid for Kaspersky [A-Za-z ]+, Kaspersky [A-Za-z ]+, and Kaspersky Total Security, cancel those subscriptions with the company you bought them from\./)).toBeVisible();
  await expect(page.getByText(/Your migration folder: .*SafeSwitch 20\d\d-\d\d-\d\d$/)).toBeVisible();
  await expect(page.getByText(/passwords-bitwarden\.csv \(passwords\)/)).toBeVisible();
  const reportPath = (await page.getByText(/report\.html$/).textContent()) ?? '';
  // The last step ends with one way out, Close SafeSwitch; no Cancel beside it.
  await expect(page.getByRole('button', { name: 'Close SafeSwitch' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'choose-defender-5-done');
  await activateByKeyboard(page, 'Open the report');
  await expect(page.getByText(`open this file in your web browser: ${reportPath}`)).toBeVisible();
  expect((await preview.opened()).filter((p) => p.endsWith('report.html'))).toHaveLength(1);

  // The final report is the Save step's report, now with the choice and the final check in it.
  const html = readFileSync(reportPath, 'utf8');
  expect(html).toContain('What was saved');
  expect(html).toContain('Your new protection');
  expect(html).toContain('<th scope="row">Chosen</th><td>Microsoft Defender Antivirus (built in, free)</td>');
  expect(html).toContain('This computer is protected by exactly one security program: Microsoft Defender Antivirus.');
  expect(html).not.toContain('0042-Tulip');
});

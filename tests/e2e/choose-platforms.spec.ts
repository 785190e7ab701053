import { activateByKeyboard, expect, expectNoAxeViolations, openWizard, screenshot, test, visibleWords } from './fixtures';
import { keepEverything, toChooseStep } from './choose-walk';

/**
 * Choose on a Windows, a Mac and a Linux machine (issue 10): the questions, the top three, one
 * product's facts and sources, and the compare view, each by keyboard, axe-clean, screenshotted.
 */
const MACHINES = [
  { name: 'windows', scenario: 'tests/scenarios/win-kaspersky-basic.json', device: 'Windows computer', top: 'McAfee Total Protection', compare: ['McAfee Total Protection', 'Bitdefender'] },
  { name: 'mac', scenario: 'tests/scenarios/mac-kaspersky.json', device: 'Mac', top: 'Norton 360', compare: ['Norton 360', 'Avast'] },
  { name: 'linux', scenario: 'tests/scenarios/linux-kesl.json', device: 'Linux computer', top: 'ClamAV', compare: ['ClamAV', 'ClamTk'] },
] as const;

for (const machine of MACHINES) {
  test.describe(`Choose on ${machine.name}`, () => {
    test.use({ scenario: machine.scenario });

    test(`questions, top three, facts and sources, compare (${machine.name})`, async ({ page, preview }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openWizard(page, preview);
      await toChooseStep(page, () => keepEverything(page));
      await expect(page.getByRole('checkbox', { name: machine.device, exact: true })).toBeChecked();
      await expectNoAxeViolations(page);
      await screenshot(page, `choose-${machine.name}-1-questions`);

      await activateByKeyboard(page, 'Just show me the options');
      const cards = page.getByRole('article');
      await expect(cards.first()).toContainText(machine.top);
      // Every reason on a card that states a fact names its source.
      await expect(cards.first().locator('.fact-source').first()).toBeVisible();
      // The top three scan at a glance (issue 13.2): two reasons a card, the rest behind "Facts and
      // sources". 144, 153 and 148 words on these machines on 2026-12-01, from 260, 255 and 228: the
      // card buttons say one word; what the group line or another reason says is not said again, nor
      // "Runs on a Windows computer" on a list for this computer; one lab result a card; unknowns in
      // one line; the "more reasons" lines and the short lines' check dates went; "What happens next"
      // waits for a choice.
      expect(await visibleWords(page)).toBeLessThanOrEqual(160);
      await expectNoAxeViolations(page);
      await screenshot(page, `choose-${machine.name}-2-top-three`);

      await activateByKeyboard(page, `Facts and sources for ${machine.top}`);
      await expect(page.getByRole('table').first()).toContainText('Source:');
      await expectNoAxeViolations(page);
      await screenshot(page, `choose-${machine.name}-3-facts`);

      for (const name of machine.compare) {
        if (!(await page.getByRole('checkbox', { name: `Compare ${name}` }).isVisible())) await activateByKeyboard(page, /^See all \d+ options$/);
        await activateByKeyboard(page, `Compare ${name}`, 'checkbox');
      }
      await activateByKeyboard(page, /^Compare the ticked products/);
      await expect(page.getByRole('heading', { name: 'Side by side' })).toBeVisible();
      // Sources are numbered footnotes below the table; rows nobody knows are hidden and counted.
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
      await expect(page.locator('ol.footnotes li').first()).toContainText('checked');
      await expect(page.getByText(/rows? (is|are) hidden because our sources know/)).toBeVisible();
      await expect(page.locator('table.compare a.footnote-ref').first()).toHaveText(/^\[1\]$/);
      await expectNoAxeViolations(page);
      await screenshot(page, `choose-${machine.name}-4-compare`);
    });
  });
}

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { englishLines } from '../helpers/english-words';
import { expectNoEnglish, read, text, type Strings } from './locale-text';
import { activateByKeyboard, exactName, expect, expectNoAxeViolations, finishSave, openWizard, screenshot, test, visibleWords } from './fixtures';

/** Most words the Choose list may show, per language (issue 13.2 asks about 150 a screen). */
const LIST_WORDS: Record<string, number> = { en: 160, es: 180, ru: 160 };

/** Tab to the language list and pick a language with the arrow keys, as a keyboard user does. */
async function pickLanguageByKeyboard(page: Page, label: string, name: string): Promise<void> {
  // Found by its label first; each arrow press switches the language, and the label with it.
  await expect(page.getByRole('combobox', { name: label })).toBeVisible();
  const select = page.locator('.language-switcher select');
  for (let i = 0; i < 40 && !(await select.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  for (let i = 0; i < 5 && (await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)) !== name; i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(select.locator('option:checked')).toHaveText(name);
}

/**
 * The wizard in each shipped language (issue 13.6) on a Windows, a Mac and a Linux machine, at
 * 800×600 and 1280×800: every screen by keyboard, axe-clean, photographed, and with no English
 * sentence left on a Spanish or Russian screen. Spanish comes from the system's locale; Russian is
 * picked in the header, and stays picked after the app restarts.
 */
const MACHINES = [
  { name: 'windows', scenario: 'tests/scenarios/win-kaspersky-basic.json' },
  { name: 'mac', scenario: 'tests/scenarios/mac-kaspersky.json' },
  { name: 'linux', scenario: 'tests/scenarios/linux-kesl.json' },
] as const;
const VIEWPORTS = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;
const LANGUAGES = [
  { code: 'en', locale: 'en-US', how: 'system' },
  { code: 'es', locale: 'es-US', how: 'system' },
  { code: 'ru', locale: 'en-US', how: 'switcher' },
] as const;

for (const language of LANGUAGES) {
  const s = Object.fromEntries(['common', 'check', 'save', 'remove', 'choose', 'done'].map((ns) => [ns, read(language.code, ns)])) as Record<string, Strings>;
  const t = (key: string): string => {
    const [ns, ...rest] = key.split(':');
    return text(s[ns ?? ''] ?? {}, rest.join(':'));
  };
  for (const machine of MACHINES) {
    for (const viewport of VIEWPORTS) {
      const tag = `${language.code}-${machine.name}-${viewport.width}x${viewport.height}`;
      test.describe(`in ${language.code} on ${machine.name} at ${viewport.width}×${viewport.height}`, () => {
        test.use({ scenario: machine.scenario, locale: language.locale, viewport });

        test(`walks every step by keyboard (${tag})`, async ({ page, preview }) => {
          await openWizard(page, preview);
          if (language.how === 'switcher') {
            await pickLanguageByKeyboard(page, 'Language', t('common:language.ru'));
          }
          await expect(page.locator('html')).toHaveAttribute('lang', language.code);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('check:title'));
          // Help is in the header, so it is on every screen.
          await expect(page.getByRole('banner').getByRole('button', { name: t('common:help.open') })).toBeVisible();
          await expectNoEnglish(page, language.code);

          await activateByKeyboard(page, t('check:scan'));
          await expect(page.getByRole('button', { name: t('check:rescan') })).toBeVisible();
          await expectNoAxeViolations(page);
          await expectNoEnglish(page, language.code);
          await screenshot(page, `lang-${tag}-1-check`);

          await activateByKeyboard(page, exactName(t('common:actions.next')));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('save:title'));
          await expectNoAxeViolations(page);
          await expectNoEnglish(page, language.code);
          await screenshot(page, `lang-${tag}-2-save`);

          await finishSave(page, t('save:title'));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('remove:title'));
          await expectNoAxeViolations(page);
          await expectNoEnglish(page, language.code);
          await screenshot(page, `lang-${tag}-3-remove`);

          // Get help: what a helper can do, and a help file to send them; focus goes to where it is.
          await activateByKeyboard(page, t('common:help.open'));
          const help = page.getByRole('dialog', { name: t('common:help.title') });
          await expect(help).toBeVisible();
          await activateByKeyboard(page, t('common:help.save'));
          await expect(help.getByRole('status')).toContainText(/SafeSwitch help file .+\.html/);
          await expect(help.getByRole('status')).toBeFocused();
          await expectNoAxeViolations(page);
          await expectNoEnglish(page, language.code);
          await screenshot(page, `lang-${tag}-3-help`);
          await page.keyboard.press('Escape');
          await expect(help).toBeHidden();
          // The dialog is drawn when first opened; closing it still hands focus back to its button.
          await expect(page.getByRole('button', { name: t('common:help.open') })).toBeFocused();

          await activateByKeyboard(page, exactName(t('remove:skip')));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('choose:title'));
          await activateByKeyboard(page, t('choose:questions.skip'));
          await expect(page.getByRole('heading', { name: t('choose:list.heading') })).toBeVisible();
          await expectNoAxeViolations(page);
          await expectNoEnglish(page, language.code);
          await screenshot(page, `lang-${tag}-4-choose`);
          // The top three scan at a glance in every language (183, 213 and 178 words on Windows in en, es
          // and ru on 2026-12-01; Spanish says the same in more words).
          expect(await visibleWords(page)).toBeLessThanOrEqual(LIST_WORDS[language.code]);

          await activateByKeyboard(page, exactName(t('choose:next')));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('done:title'));
          await activateByKeyboard(page, t('done:check'));
          await expect(page.getByRole('heading', { name: t('done:result.heading') })).toBeVisible();
          await expectNoAxeViolations(page);
          await expectNoEnglish(page, language.code);
          await screenshot(page, `lang-${tag}-5-done`);

          // The report Done wrote speaks the same language, with no English sentence of its own.
          const reportPath = ((await page.locator('code').filter({ hasText: /report\.html$/ }).first().textContent()) ?? '').trim();
          const report = readFileSync(reportPath, 'utf8');
          expect(report).toContain(`<html lang="${language.code}">`);
          if (language.code !== 'en') {
            expect(englishLines(report), 'English in report.html').toEqual([]);
          }

          // Nothing spills sideways at either size.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);

          if (language.how === 'switcher') {
            // The choice is in the journal: after a restart SafeSwitch opens in Russian again.
            const restarted = await preview.restart('SIGTERM');
            await page.goto(restarted.url);
            await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('done:title'));
            await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
          }
        });
      });
    }
  }
}

test('two quick presses in the language list end on the second language, whatever order the replies come in', async ({ page, preview }) => {
  // The reply to the first switch (the call reaches main at once) comes back after the second's: it
  // must not flip the screen back. (The first call of all records the system's language.)
  let held = 0;
  await page.route('**/api/call/setLanguage', async (route) => {
    held += 1;
    const reply = await route.fetch();
    if (held === 2) await new Promise((done) => setTimeout(done, 800));
    await route.fulfill({ response: reply });
  });
  await openWizard(page, preview);
  const select = page.locator('.language-switcher select');
  for (let i = 0; i < 40 && !(await select.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // Long after every reply came back, still Russian.
  await expect.poll(() => held, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
  await page.waitForTimeout(1200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(select.locator('option:checked')).toHaveText('Русский');
  // …and the journal, which main wrote in the order the calls came, remembers Russian.
  const session = await page.evaluate(async () => (await (window as unknown as { safeswitch: { getSession: (r: object) => Promise<{ ok?: { journal: { language?: string } } }> } }).safeswitch.getSession({})));
  expect(session.ok?.journal.language).toBe('ru');
});

test('two presses in the language list before the first language has loaded end on the second one', async ({ page, preview }) => {
  await openWizard(page, preview);
  // The strings of the first language asked for (its two files) arrive after the second's.
  let chunks = 0;
  await page.route('**/assets/*.js', async (route) => {
    chunks += 1;
    if (chunks <= 2) await new Promise((done) => setTimeout(done, 800));
    await route.continue();
  });
  const select = page.locator('.language-switcher select');
  for (let i = 0; i < 40 && !(await select.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  // Back to back, as a person holding the arrow key: the list moves on at once, not back to English.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(select.locator('option:checked')).toHaveText('Русский');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // Long after the Spanish strings came, still Russian, on the screen and in the journal.
  await expect.poll(() => chunks, { timeout: 5000 }).toBeGreaterThanOrEqual(4);
  await page.waitForTimeout(1200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(read('ru', 'check').title as string);
  const session = await page.evaluate(async () => (await (window as unknown as { safeswitch: { getSession: (r: object) => Promise<{ ok?: { journal: { language?: string } } }> } }).safeswitch.getSession({})));
  expect(session.ok?.journal.language).toBe('ru');
});

import { activateByKeyboard, exactName, expect, expectNoAxeViolations, finishSave, openWizard, screenshot, test } from './fixtures';
import { expectNoEnglish, stringsFor } from './locale-text';
import { expectNoSidewaysScroll } from './remove-helpers';

/**
 * The Remove step in Russian (issue 13.6: many of Kaspersky's US users are Russian speakers), on
 * the Windows machine whose removal goes wrong twice: the permission prompt is refused, then
 * Kaspersky's self-defense blocks the uninstaller, then it asks for a restart. The languages walk
 * skips removal; this one goes through every state a Russian speaker can meet there, by keyboard,
 * axe-clean, with no English sentence of the app's own (product names and paths are data).
 */
test.use({ scenario: 'tests/scenarios/win-kaspersky-total-security.json', viewport: { width: 800, height: 600 }, locale: 'ru-RU' });

const KTS = 'Kaspersky Total Security';
const t = stringsFor('ru');

test('removes Kaspersky in Russian through a refused prompt, a blocked uninstaller and a restart', async ({ page, preview }) => {
  await openWizard(page, preview);
  // The system speaks Russian: so does SafeSwitch, from its first screen.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('check:title'));
  await activateByKeyboard(page, t('check:scan'));
  await activateByKeyboard(page, exactName(t('common:actions.next')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('save:title'));
  await finishSave(page, t('save:title'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('remove:title'));

  await activateByKeyboard(page, KTS, 'checkbox');
  await activateByKeyboard(page, t('remove:choose.continue_one', { count: 1 }));
  await expect(page.getByRole('heading', { name: t('remove:commit.willHeading') })).toBeVisible();
  await expectNoEnglish(page, 'ru');
  await screenshot(page, 'remove-ru-1-commit');

  // 1: "No" in the Windows prompt.
  await activateByKeyboard(page, t('remove:commit.action', { product: KTS }));
  await expect(page.getByText(t('remove:state.declined.win32'), { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: t('remove:productHeading', { product: KTS, state: t('remove:stateShort.declined') }) })).toBeFocused();
  await expectNoEnglish(page, 'ru');
  await expectNoAxeViolations(page);

  // 2: self-defense: what to do, Kaspersky's own tool, and why not Safe Mode behind its button.
  await activateByKeyboard(page, t('remove:actions.tryAgain', { product: KTS }));
  await expect(page.getByText(t('remove:state.blocked', { product: KTS }))).toBeVisible();
  await expect(page.getByRole('heading', { name: t('remove:blocked.heading') })).toBeVisible();
  await activateByKeyboard(page, t('remove:blocked.kavremover.heading'));
  await expect(page.getByRole('button', { name: t('remove:blocked.kavremover.open') })).toBeVisible();
  await activateByKeyboard(page, t('remove:blocked.safeMode.heading'));
  await expect(page.getByText(t('remove:blocked.safeMode.body'))).toBeVisible();
  await expectNoEnglish(page, 'ru');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'remove-ru-2-blocked');

  // 3: it needs a restart; SafeSwitch offers to open once after it.
  await activateByKeyboard(page, t('remove:actions.tryAgain', { product: KTS }));
  await expect(page.getByText(t('remove:restart.needed', { product: KTS }))).toBeVisible();
  await activateByKeyboard(page, t('remove:restart.register'));
  await expect(page.getByText(t('remove:restart.registered'))).toBeVisible();
  await expectNoEnglish(page, 'ru');
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-ru-3-restart');

  // After the restart: still Russian, the check, the leftovers and how to remove each, Defender's state.
  const restarted = await preview.restart('SIGKILL');
  await page.goto(restarted.url);
  await expect(page.getByRole('heading', { name: t('remove:leftovers.heading') })).toBeVisible();
  await expect(page.locator('.leftovers')).toContainText(t('remove:leftovers.howTo.folder'));
  await expect(page.getByRole('button', { name: t('remove:verify.whatChecked') })).toBeVisible();
  await expectNoEnglish(page, 'ru');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'remove-ru-4-verified');

  // The step goes on in Russian.
  await activateByKeyboard(page, exactName(t('remove:continue')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('choose:title'));
});

import { activateByKeyboard, expect, expectNoAxeViolations, screenshot, test, visibleWords } from './fixtures';
import { choose, expectNoSidewaysScroll, reachRemoveStep } from './remove-helpers';

/**
 * Issue 5 on a simulated Windows 11 machine with Kaspersky Total Security, VPN and Password
 * Manager: the wizard removes the suite (after a refused UAC prompt and a blocked uninstaller, with
 * a restart and resume), then the VPN separately, and ends with verification and leftovers.
 * Keyboard only, axe clean, 800x600.
 */
test.use({ scenario: 'tests/scenarios/win-kaspersky-total-security.json', viewport: { width: 800, height: 600 } });

const KTS = 'Kaspersky Total Security';

test('removes Kaspersky Total Security through a refused prompt, a blocked uninstaller and a restart, then the VPN', async ({ page, preview }) => {
  await reachRemoveStep(page, preview);

  // The choice: each product and companion on its own, nothing ticked for the user.
  await expect(page.getByRole('checkbox', { name: KTS })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Kaspersky VPN Secure Connection' })).toBeVisible();
  await expect(page.getByText('waits until your passwords are saved')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-win-1-choose');
  await choose(page, KTS, 1);

  // The commit page: product and verb, what will happen, the restart, the exact command.
  const commit = page.getByRole('button', { name: `Remove ${KTS}` });
  await expect(commit).toBeVisible();
  await expect(page.getByText('Your computer may restart')).toBeVisible();
  await activateByKeyboard(page, 'Show the exact commands');
  await expect(page.locator('pre code').first()).toContainText('C:\\Windows\\System32\\msiexec.exe /x {B0EBB9A5-1E2B-4E66-8F3C-7A5A2E0A1C11} /passive /norestart');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'remove-win-2-commit');

  // Dry run: the exact command is shown and nothing runs.
  await activateByKeyboard(page, 'Dry run: only show what would run, remove nothing', 'checkbox');
  await activateByKeyboard(page, `Show what would run for ${KTS}`);
  await expect(page.getByText('Dry run: nothing was removed.')).toBeVisible();
  await expect(page.getByRole('status').locator('pre code')).toContainText('msiexec.exe /x {B0EBB9A5-1E2B-4E66-8F3C-7A5A2E0A1C11}');
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-win-2b-dry-run');
  await activateByKeyboard(page, 'Dry run: only show what would run, remove nothing', 'checkbox');
  await expect(page.getByRole('checkbox', { name: 'Dry run: only show what would run, remove nothing' })).not.toBeChecked();

  // 1: the user says No to the Windows permission prompt.
  await activateByKeyboard(page, `Remove ${KTS}`);
  await expect(page.getByText('You said No to the Windows permission prompt. Nothing was removed.')).toBeVisible();
  // Focus goes to the result, the product's heading that names its new state (issue 13.4).
  await expect(page.getByRole('heading', { name: new RegExp(`^${KTS} — not removed$`) })).toBeFocused();
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-win-3-declined');

  // 2: self-defense blocks the uninstaller: guidance, kavremover from Downloads, no Safe Mode.
  await activateByKeyboard(page, `Try again: remove ${KTS}`);
  await expect(page.getByText(`The uninstaller of ${KTS} refused to remove it.`)).toBeVisible();
  // The steps to try first are in view; Kaspersky's own tool, the fallback, waits behind its button.
  await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(page.getByText(/SafeSwitch found it in your Downloads folder/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-win-4-blocked');
  await activateByKeyboard(page, "If it still refuses: Kaspersky's own removal tool");
  await expect(page.getByText(/SafeSwitch found it in your Downloads folder: .*kavremvr\.exe/)).toBeVisible();
  // Why not Safe Mode answers a question only some have: it waits behind its button (issue 13.2).
  await expect(page.getByText(/screen readers and sound may not work there/)).toHaveCount(0);
  await activateByKeyboard(page, 'Why SafeSwitch does not send you to Safe Mode');
  await expect(page.getByText(/screen readers and sound may not work there/)).toBeVisible();
  await expectNoAxeViolations(page);
  await activateByKeyboard(page, "Open Kaspersky's removal tool");

  // 3: self-defense turned off; the uninstaller finishes and asks for a restart.
  await activateByKeyboard(page, `Try again: remove ${KTS}`);
  await expect(page.getByText(`Almost done: restart your computer to finish. Then ${KTS} is gone.`)).toBeVisible();
  await expect(page.getByText(/SafeSwitch opens once by itself after the restart/)).toBeVisible();
  await activateByKeyboard(page, 'Open SafeSwitch after the restart');
  await expect(page.getByText('SafeSwitch will open by itself after the restart')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-win-5-restart');

  // The restart: the app goes away and comes back on the same data; it checks straight away.
  const restarted = await preview.restart('SIGKILL');
  await page.goto(restarted.url);
  await expect(page.getByText(`${KTS} is removed.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What was left behind' })).toBeVisible();
  const leftovers = page.locator('.leftovers');
  await expect(leftovers).toContainText('klif');
  await expect(leftovers).toContainText('deleting it now could stop Windows from starting');
  await expect(leftovers).toContainText('C:\\ProgramData\\Kaspersky Lab\\AVP21.3');
  // Each extension says its browser; the way through the browser's menus waits behind a button.
  await expect(leftovers).toContainText('Kaspersky Protection in Chrome');
  await expect(leftovers).not.toContainText('In Chrome, open the menu');
  // The certificate SafeSwitch can remove: why it matters and the button in view, the way by hand behind one.
  await expect(leftovers).toContainText('It lets the old program look inside secure websites. Remove it with the button below.');
  await expect(leftovers).not.toContainText('certlm.msc');
  await expect(page.getByText('Microsoft Defender Antivirus is on and protecting this computer.')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'remove-win-6-verified');
  await activateByKeyboard(page, 'How to remove it: Kaspersky Protection in Chrome');
  await expect(leftovers).toContainText('In Chrome, open the menu, then Extensions, then Manage Extensions. Press Remove under Kaspersky Protection.');
  await activateByKeyboard(page, /^How to remove it by hand: CN=Kaspersky/);
  await expect(leftovers).toContainText('Run certlm.msc');
  await expectNoAxeViolations(page);

  // The leftover root certificate, removed with consent.
  await activateByKeyboard(page, 'Yes, remove this certificate', 'checkbox');
  await activateByKeyboard(page, 'Remove the certificate');
  await expect(leftovers).not.toContainText('Personal Root Certificate');
  await expect(leftovers).toContainText('Kaspersky Protection');

  // The VPN, separately.
  await activateByKeyboard(page, 'Change what to remove');
  await choose(page, 'Kaspersky VPN Secure Connection', 2);
  await activateByKeyboard(page, 'Remove Kaspersky VPN Secure Connection');
  await expect(page.getByText('Kaspersky VPN Secure Connection is removed.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Kaspersky VPN Secure Connection — removed/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Kaspersky VPN Secure Connection — removed/ })).toBeFocused();
  await expect(page.getByRole('heading', { name: /Kaspersky Total Security — removed/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-win-7-vpn-removed');

  // Cancel now says what SafeSwitch changed instead of "nothing has been changed".
  await activateByKeyboard(page, 'Cancel');
  const leave = page.getByRole('dialog', { name: 'Leave SafeSwitch?' });
  // Names in a sentence are a list as people write them (Intl.ListFormat), not a comma-joined string.
  await expect(leave).toContainText('Removed: Kaspersky Total Security and Kaspersky VPN Secure Connection.');
  await expect(leave).toContainText('Removed 1 certificate you agreed to remove.');
  await expect(leave).not.toContainText('Nothing on your computer has been changed');
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-win-8-cancel-says-what-changed');
  await page.keyboard.press('Escape');
  await expect(leave).toBeHidden();

  await activateByKeyboard(page, /^Continue$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Choose/);
});

test('two programs ticked: one review at a time, the second waits its turn', async ({ page, preview }) => {
  await reachRemoveStep(page, preview);
  await activateByKeyboard(page, KTS, 'checkbox');
  await choose(page, 'Kaspersky VPN Secure Connection', 2);
  await expect(page.getByRole('button', { name: `Remove ${KTS}` })).toBeVisible();
  await expect(page.getByText(`Its turn comes once ${KTS} is through.`, { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove Kaspersky VPN Secure Connection' })).toHaveCount(0);
  expect(await visibleWords(page)).toBeLessThanOrEqual(200);
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-win-two-one-at-a-time');
});

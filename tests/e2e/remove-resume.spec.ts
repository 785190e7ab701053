import { activateByKeyboard, expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { choose, reachRemoveStep } from './remove-helpers';

/**
 * Issue 5, point 5: the app is killed while the uninstaller runs, started again on the same data
 * folder, and resumes with nothing lost: the journal knows the command started and never finished,
 * the check says what happened, and the removal goes on through a restart to the verification.
 */
test.use({ scenario: 'tests/scenarios/win-kaspersky-total-security-restart.json', viewport: { width: 800, height: 600 } });

const KTS = 'Kaspersky Total Security';

test('killed mid-removal, started again: resumes with nothing lost, through a restart to verification', async ({ page, preview }) => {
  await reachRemoveStep(page, preview);
  await choose(page, KTS, 1);
  await activateByKeyboard(page, `Remove ${KTS}`);

  // The progress view while the (slow) uninstaller runs, with its output behind a disclosure.
  await expect(page.getByRole('status').filter({ hasText: `Removing ${KTS}. Please wait.` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop waiting' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `${KTS} — removing` })).toBeVisible();
  // Time so far against the plan's range, not a bar alone (issue 13.4).
  await expect(page.getByText(/^Time so far: \d+ seconds?\. It usually takes \d+ to \d+ minutes\.$/)).toBeVisible();
  await activateByKeyboard(page, 'Show what the uninstaller is saying');
  await expect(page.locator('pre.output')).toContainText('Removal started');
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-resume-1-running');

  // The crash: the window goes, then the app is killed mid-command.
  await page.goto('about:blank');
  const restarted = await preview.restart('SIGKILL');
  await page.goto(restarted.url);
  await expect(page.getByText(`SafeSwitch was closed while it was removing ${KTS}. Nothing was lost.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-resume-2-interrupted');

  // Check what happened: the uninstaller never finished, so it is still there.
  await activateByKeyboard(page, `Check again whether ${KTS} is gone`);
  await expect(page.getByText(`${KTS} is not fully removed yet.`)).toBeVisible();

  // Try again: this time it finishes and asks for a restart.
  await activateByKeyboard(page, `Try again: remove ${KTS}`);
  await expect(page.getByText(`Almost done: restart your computer to finish. Then ${KTS} is gone.`)).toBeVisible();
  await expect(page.getByText(/SafeSwitch opens once by itself after the restart/)).toBeVisible();
  await activateByKeyboard(page, 'Open SafeSwitch after the restart');
  await expect(page.getByText('SafeSwitch will open by itself after the restart')).toBeVisible();

  const afterRestart = await preview.restart('SIGTERM');
  await page.goto(afterRestart.url);
  await expect(page.getByText(`${KTS} is removed.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What was left behind' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'remove-resume-3-verified');

  // Nothing lost: the journal holds every attempt, the interrupted one marked as such.
  const response = await fetch(`${afterRestart.origin}/api/call/getRemoval`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-safeswitch-token': afterRestart.token },
    body: '{}',
  });
  const body = (await response.json()) as { ok: { section: { products: Record<string, { commands: { outcome: string | null; exitCode: number | null }[] }> } } };
  const commands = body.ok.section.products['kaspersky-total-security']?.commands ?? [];
  expect(commands.map((c) => c.outcome)).toEqual(['interrupted', 'needs-restart']);
});

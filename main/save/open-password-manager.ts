import type { SystemPort } from '../system/system-port';
import type { KasperskyFacts } from './kaspersky-facts';

/** How long to wait for a start failure before we call the app opened (it keeps running after). */
const START_GRACE_MS = 1500;
/** The app stays open as long as the user likes; the runner must not stop it. */
const APP_LIFETIME_MS = 12 * 60 * 60 * 1000;

/**
 * Starts Kaspersky Password Manager from the path detection found, so the user can export. Never
 * waits for the app to close: a failure to start shows within a moment, anything else is success.
 */
export async function openPasswordManager(run: SystemPort['run'], facts: KasperskyFacts): Promise<boolean> {
  const launch = facts.passwordManager?.launch;
  if (!launch) return false;
  const started = run({ file: launch.file, args: launch.args, timeoutMs: APP_LIFETIME_MS });
  const grace = new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), START_GRACE_MS).unref());
  const first = await Promise.race([started, grace]);
  if (first === 'running') return true;
  // Ended within the grace time: fine when it handed over to a copy already running (exit 0).
  return first.spawnError === null && first.exitCode === 0;
}

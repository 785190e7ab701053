import type { Platform } from '../contracts/inventory';
import type { ClassifiedOutcome, RemovalOutcome } from './outcome-schema';
import type { UninstallCommand } from './plan-schema';

export interface OutcomeInput {
  readonly platform: Platform;
  readonly command: Pick<UninstallCommand, 'kind' | 'elevation'>;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly spawnError: string | null;
  /** The user pressed Cancel (the AbortSignal fired). */
  readonly cancelled: boolean;
  /** The command's output plus, for msiexec, the end of its log: read for known refusals. */
  readonly output: string;
}

/**
 * What the uninstaller told us, by exit code and (for refusals) by its words. Windows Installer
 * codes: 3010 restart required, 1641 restart started, 1223 the UAC prompt was declined
 * (ERROR_CANCELLED, also what our PowerShell RunAs wrapper exits with), 1602 the user pressed
 * Cancel in the uninstaller, 1605 the product is not installed any more, 1618 another installation
 * is running. pkexec: 126 the user dismissed the prompt, 127 not authorised. osascript: "User
 * canceled" (-128) when the administrator prompt is dismissed.
 */
export function classifyOutcome(input: OutcomeInput): ClassifiedOutcome {
  if (input.cancelled || input.spawnError === 'cancelled') return result('cancelled', 'cancelled');
  if (input.timedOut) return result('timed-out', 'timed-out');
  if (input.spawnError !== null) return result('failed', 'could-not-start', { error: input.spawnError });
  if (input.exitCode === null) return result('failed', 'stopped-by-signal', { signal: input.signal ?? 'unknown' });

  const code = input.exitCode;
  const elevatedByUs = input.command.elevation === 'safeswitch-asks';
  if (input.platform === 'win32') {
    if (code === 0) return result('success', 'finished');
    if (code === 3010) return result('needs-restart', 'restart-required');
    if (code === 1641) return result('needs-restart', 'restart-started');
    if (code === 1223) return result('declined', 'uac-declined');
    if (code === 1602) return result('declined', 'uninstaller-cancelled');
    if (code === 1605) return result('success', 'already-removed');
    if (code === 1618) return result('failed', 'another-install-running');
    if (code === 5) return result('blocked', 'access-denied');
  } else if (input.platform === 'linux') {
    if (code === 0) return result('success', 'finished');
    if (elevatedByUs && code === 126) return result('declined', 'pkexec-dismissed');
    if (elevatedByUs && code === 127) return result('failed', 'not-authorized');
    if (/could not get lock|unable to acquire the dpkg frontend lock|is another process using it/i.test(input.output)) {
      return result('failed', 'package-manager-busy');
    }
  } else {
    if (elevatedByUs && /user cancel+ed|\(-128\)/i.test(input.output)) return result('declined', 'admin-prompt-cancelled');
    if (code === 0) return result('success', 'finished');
  }
  if (BLOCKED_WORDS.test(input.output)) return result('blocked', 'self-protection-or-password', { code });
  return result('failed', 'exit-code', { code });
}

/**
 * Words an uninstaller uses when self-protection or a settings password stops it (research
 * detection.md §3.3: Kaspersky self-defense is on by default and password protection can cover
 * uninstall; Norton calls it Product Tamper Protection; KES wants KLLOGIN/KLPASSWD). The exact
 * messages are not documented, so these are phrases, not single words like "password" that
 * appear in every verbose MSI log.
 */
const BLOCKED_WORDS =
  /self[- ]?(?:defen[cs]e|protection)|password[- ]protection|(?:enter|incorrect|wrong|invalid) (?:the )?password|password is (?:required|incorrect)|protected by a password|tamper protection|KLPASSWD|KLUNINSTPASSWD|access (?:is )?denied/i;

function result(outcome: RemovalOutcome, reason: string, params: Record<string, string | number> = {}): ClassifiedOutcome {
  return { outcome, reason, text: { key: `outcome.${reason}`, params } };
}

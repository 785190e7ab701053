import type { Verification, VerificationCheck } from '@shared/journal/remove-section';

/** The checks that say the program itself is installed: its product, its entry in Apps, its app, its package. */
const INSTALLED: ReadonlySet<VerificationCheck['what']> = new Set(['product', 'uninstall-entry', 'app', 'package']);

/**
 * Whether the check's leftovers are really left behind. While the program itself is still installed
 * (the user has not removed it yet, or its uninstaller failed), its folders and background jobs are
 * its own parts, not leftovers: listing them with "drag this folder to the Trash" would ask the user
 * to tear a working program apart. Once only running parts or services are left, they are shown.
 */
export function leftoversApply(verification: Pick<Verification, 'checks'>): boolean {
  return !verification.checks.some((c) => INSTALLED.has(c.what) && !c.gone);
}

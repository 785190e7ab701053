import type { Journal } from '@shared/journal/journal-schema';
import type { ScanReport } from '@shared/contracts/scan-report';
import type { PasswordDataState } from '@shared/removal';
import { removeSection } from './remove-journal';

/**
 * Whether each password manager's data is safe, from the Save step's journal section: a verified
 * conversion means `saved`; the user saying they do not need the passwords means `declined`.
 * Anything else keeps the password manager waiting (issue 5: removal waits for Save).
 */
export function passwordDataStates(journal: Journal, report: ScanReport | null): Record<string, PasswordDataState> {
  const save = (journal.save ?? {}) as Record<string, unknown>;
  const conversion = save['conversion'] as { verified?: number; found?: number } | null | undefined;
  const saved = conversion != null && (conversion.verified ?? 0) >= (conversion.found ?? 0);
  // The user's explicit "I do not need my passwords", given on the Remove screen.
  const declined = removeSection(journal).passwordsDeclinedAt !== null;
  const state: PasswordDataState = saved ? 'saved' : declined ? 'declined' : 'not-saved';
  const out: Record<string, PasswordDataState> = {};
  for (const p of report?.products ?? []) if (p.kind === 'password-manager') out[p.id] = state;
  return out;
}

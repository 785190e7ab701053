import type { Journal } from '@shared/journal/journal-schema';
import type { ScanReport } from '@shared/contracts/scan-report';
import type { PasswordDataState } from '@shared/removal';

/**
 * Whether each password manager's data is safe, from the Save step's journal section: a verified
 * conversion means `saved`; the user saying they do not need the passwords means `declined`.
 * Anything else keeps the password manager waiting (issue 5: removal waits for Save).
 */
export function passwordDataStates(journal: Journal, report: ScanReport | null): Record<string, PasswordDataState> {
  const save = (journal.save ?? {}) as Record<string, unknown>;
  const conversion = save['conversion'] as { verified?: number; found?: number } | null | undefined;
  const saved = conversion != null && (conversion.verified ?? 0) >= (conversion.found ?? 0);
  // The Save step records an explicit "I don't need my passwords" as one of these (tolerant on purpose).
  const declined =
    save['passwordsDeclined'] === true ||
    save['passwords'] === 'declined' ||
    (typeof save['passwordDecision'] === 'object' && (save['passwordDecision'] as { choice?: unknown } | null)?.choice === 'declined');
  const state: PasswordDataState = saved ? 'saved' : declined ? 'declined' : 'not-saved';
  const out: Record<string, PasswordDataState> = {};
  for (const p of report?.products ?? []) if (p.kind === 'password-manager') out[p.id] = state;
  return out;
}

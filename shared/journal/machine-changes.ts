import type { Journal } from './journal-schema';

/** What SafeSwitch has changed on the machine so far, read from the journal (never guessed). */
export interface MachineChanges {
  /** Products whose removal finished and was verified. */
  readonly removed: readonly string[];
  /** Products whose uninstaller ran but whose removal did not finish (it may have changed things). */
  readonly started: readonly string[];
  /** Root certificates removed with the user's consent. */
  readonly certificatesRemoved: number;
  /** Whether the installer of the new product was started. */
  readonly installerRan: boolean;
}

// Outcomes after which the uninstaller did not run at all: the user said No, or it never started.
const NOTHING_RAN = new Set(['declined', 'could-not-start', 'not-found', 'refused']);

/**
 * Reads the journal as main parsed it (the session's journal passed its schema there). No schema
 * here: the renderer calls this too, and zod stays out of its bundle (issue 13.11).
 */
export function machineChanges(journal: Journal): MachineChanges {
  const remove = journal.remove;
  const products = Object.values(remove?.products ?? {}).filter((p) => !p.dryRun);
  const removed = products.filter((p) => p.state === 'done').map((p) => p.name);
  const started = products
    .filter((p) => p.state !== 'done' && (p.commands ?? []).some((c) => c.outcome === null || !NOTHING_RAN.has(c.outcome)))
    .map((p) => p.name);
  const certificatesRemoved = (remove?.certificates ?? []).filter((c) => c.outcome === 'removed').length;
  const run = journal.choose?.installerRun ?? null;
  const installerRan = run != null && run.outcome !== 'could-not-start' && run.outcome !== 'cancelled';
  return { removed, started, certificatesRemoved, installerRan };
}

export function changedAnything(changes: MachineChanges): boolean {
  return changes.removed.length + changes.started.length + changes.certificatesRemoved > 0 || changes.installerRan;
}

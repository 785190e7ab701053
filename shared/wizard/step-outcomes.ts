import type { Journal } from '../journal/journal-schema';
import type { StepId } from './steps';

/**
 * How a completed step ended, so the step list shows its outcome and not only that it was passed:
 * `done` (green tick), `skipped` (passed without doing it), `problem` (something failed or is
 * unfinished). Check is `done` once completed: its outcome is the scan, which it always has.
 */
export type StepOutcome = 'done' | 'skipped' | 'problem';

const PROBLEM_STATES = new Set(['failed', 'blocked', 'cancelled', 'interrupted', 'running', 'verifying', 'waiting-for-restart']);

function removeOutcome(journal: Journal): StepOutcome {
  const states = Object.values(journal.remove?.products ?? {}).map((p) => p.state);
  if (states.some((s) => PROBLEM_STATES.has(s))) return 'problem';
  if (!states.includes('done')) return 'skipped';
  return 'done';
}

/** What the journal cannot know: the disk now, as main saw it when it read the session. */
export interface DiskNow {
  readonly saveFolderGone?: boolean;
}

/**
 * Nothing kept (no folder chosen) is a skip; passwords the read-back found different, or a folder
 * that is gone since, are a problem.
 */
function saveOutcome(journal: Journal, disk: DiskNow): StepOutcome {
  const save = journal.save;
  if (!save?.folder) return 'skipped';
  if (disk.saveFolderGone || (save.conversion?.differences ?? 0) > 0) return 'problem';
  return 'done';
}

/** Passed without picking a product (Defender included) is a skip. */
const chooseOutcome = (journal: Journal): StepOutcome => (journal.choose?.chosenProductId ? 'done' : 'skipped');

export function stepOutcome(journal: Journal, step: StepId, disk: DiskNow = {}): StepOutcome {
  if (step === 'remove') return removeOutcome(journal);
  if (step === 'save') return saveOutcome(journal, disk);
  if (step === 'choose') return chooseOutcome(journal);
  return 'done';
}

/** The outcome of every step the list shows a mark for. */
export function stepOutcomes(journal: Journal, disk: DiskNow = {}): Partial<Record<StepId, StepOutcome>> {
  return { save: stepOutcome(journal, 'save', disk), remove: stepOutcome(journal, 'remove'), choose: stepOutcome(journal, 'choose') };
}

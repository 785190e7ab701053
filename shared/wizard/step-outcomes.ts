import type { Journal } from '../journal/journal-schema';
import type { StepId } from './steps';

/**
 * How a completed step ended, so the step list shows its outcome and not only that it was passed:
 * `done` (green tick), `skipped` (passed without doing it), `problem` (something failed or is
 * unfinished). Only Remove has outcomes that differ today; the other steps are `done` once completed.
 */
export type StepOutcome = 'done' | 'skipped' | 'problem';

const PROBLEM_STATES = new Set(['failed', 'blocked', 'cancelled', 'interrupted', 'running', 'verifying', 'waiting-for-restart']);

export function stepOutcome(journal: Journal, step: StepId): StepOutcome {
  if (step !== 'remove') return 'done';
  const states = Object.values(journal.remove?.products ?? {}).map((p) => p.state);
  if (states.some((s) => PROBLEM_STATES.has(s))) return 'problem';
  if (!states.includes('done')) return 'skipped';
  return 'done';
}

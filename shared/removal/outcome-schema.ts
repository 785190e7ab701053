import { z } from 'zod';
import { plainTextSchema } from './plan-schema';

/**
 * What happened when an uninstall command ran. `declined` (the user said no to the administrator
 * prompt) and `blocked` (self-protection or a settings password) are not failures: the Remove
 * screen explains them and offers the next step.
 */
export const removalOutcomeSchema = z.enum([
  'success',
  'needs-restart',
  'declined',
  'blocked',
  'failed',
  'timed-out',
  'cancelled',
]);
export type RemovalOutcome = z.infer<typeof removalOutcomeSchema>;

export const classifiedOutcomeSchema = z.object({
  outcome: removalOutcomeSchema,
  /** Short machine code for the log and tests, e.g. `exit-3010`, `uac-declined`, `password-asked`. */
  reason: z.string(),
  text: plainTextSchema,
});
export type ClassifiedOutcome = z.infer<typeof classifiedOutcomeSchema>;

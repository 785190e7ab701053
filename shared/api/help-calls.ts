import { z } from 'zod';
import { defineCall } from './define';

export const helpCalls = {
  /**
   * Writes the help file for a relative or technician (issue 13.7): a fresh read-only check, where
   * the user is, what changed and what was saved, and the inventory. Returns where it went.
   */
  saveHelpFile: defineCall(z.object({}).strict(), z.object({ path: z.string() })),
} as const;

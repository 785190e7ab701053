import { z } from 'zod';

/** What the journal keeps about the Remove step. Owned by the Remove step's engine; extend it there. */
export const removeSectionSchema = z.object({}).passthrough();
export type RemoveSection = z.infer<typeof removeSectionSchema>;

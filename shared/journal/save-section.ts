import { z } from 'zod';

/** What the journal keeps about the Save step. Owned by the Save step's engine; extend it there. */
export const saveSectionSchema = z.object({}).passthrough();
export type SaveSection = z.infer<typeof saveSectionSchema>;

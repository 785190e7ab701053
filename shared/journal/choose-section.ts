import { z } from 'zod';

/** What the journal keeps about the Choose step. Owned by the Choose step's engine; extend it there. */
export const chooseSectionSchema = z.object({}).passthrough();
export type ChooseSection = z.infer<typeof chooseSectionSchema>;

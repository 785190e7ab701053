import { z } from 'zod';
import { scanReportSchema } from '../contracts/scan-report';
import { STEP_IDS } from '../wizard/steps';
import { LANGUAGES } from '../wizard/languages';
import { chooseSectionSchema } from './choose-section';
import { removeSectionSchema } from './remove-section';
import { saveSectionSchema } from './save-section';

/** The migration journal kept by main under the app's data folder; bump the version on breaking change. */
export const JOURNAL_VERSION = 1;

export const stepIdSchema = z.enum(STEP_IDS);

/** The languages SafeSwitch ships (issue 13.6): US English, Spanish, Russian. */
export const languageSchema = z.enum(LANGUAGES);

export const journalSchema = z.object({
  version: z.literal(JOURNAL_VERSION),
  migrationId: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  step: stepIdSchema,
  completed: z.array(stepIdSchema),
  lastScan: scanReportSchema.nullable(),
  save: saveSectionSchema.optional(),
  remove: removeSectionSchema.optional(),
  choose: chooseSectionSchema.optional(),
  /** The language SafeSwitch speaks: the system's, recorded at the first start, or the one picked in the header. The report is written in it. */
  language: languageSchema.optional(),
});
export type Journal = z.infer<typeof journalSchema>;

export function newJournal(migrationId: string, now: string): Journal {
  return {
    version: JOURNAL_VERSION,
    migrationId,
    createdAt: now,
    updatedAt: now,
    step: 'check',
    completed: [],
    lastScan: null,
  };
}

import { z } from 'zod';
import { answersSchema } from '../alternatives/question-types';

/**
 * What the journal keeps about the Choose and Done steps: the answers, the product chosen, the
 * installer checked and run, the finish check and the final report. Paths and names only.
 * Every field is optional so a journal written before a field existed still loads.
 */

export const installerKindSchema = z.enum(['exe', 'msi', 'pkg', 'dmg', 'other']);
export type InstallerKind = z.infer<typeof installerKindSchema>;

/**
 * `signed-by-vendor` = a valid signature from the chosen vendor (may run);
 * `not-checked` = a disk image macOS checks itself when the app inside is opened (may open);
 * everything else is a refusal the screen explains.
 */
export const installerVerdictSchema = z.enum([
  'signed-by-vendor',
  'not-checked',
  'unsigned',
  'invalid',
  'wrong-signer',
  'unknown-signer',
  'not-found',
  'wrong-type',
  'not-supported',
  'check-failed',
]);
export type InstallerVerdict = z.infer<typeof installerVerdictSchema>;

export const installerCheckSchema = z.object({
  productId: z.string(),
  path: z.string(),
  fileName: z.string(),
  kind: installerKindSchema,
  verdict: installerVerdictSchema,
  /** The signer's name (CN or O of the certificate, or the Developer ID name on macOS). */
  signer: z.string().nullable(),
  /** The whole certificate subject as the OS reported it. */
  subject: z.string().nullable(),
  /** The OS's own status word (`Valid`, `NotSigned`, `HashMismatch`, `no signature`…). */
  status: z.string().nullable(),
  statusMessage: z.string().nullable(),
  /** Names SafeSwitch accepts as this vendor's signer. */
  expectedSigners: z.array(z.string()),
  /** SHA-256 of the file when it was checked; the run refuses a file that changed since. */
  sha256: z.string().nullable(),
  canRun: z.boolean(),
  checkedAt: z.string(),
});
export type InstallerCheck = z.infer<typeof installerCheckSchema>;

export const installerRunOutcomeSchema = z.enum(['finished', 'restart-needed', 'cancelled', 'failed', 'opened', 'could-not-start']);
export type InstallerRunOutcome = z.infer<typeof installerRunOutcomeSchema>;

export const installerRunSchema = z.object({
  productId: z.string(),
  path: z.string(),
  /** The exact command as run (program and arguments). */
  argv: z.array(z.string()),
  startedAt: z.string(),
  finishedAt: z.string(),
  exitCode: z.number().int().nullable(),
  outcome: installerRunOutcomeSchema,
});
export type InstallerRun = z.infer<typeof installerRunSchema>;

export const activeProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  builtIn: z.boolean(),
  /** Its virus definitions are out of date: it runs, but it is not protection to count on (issue 13.1). */
  outOfDate: z.boolean().optional(),
});
export type ActiveProduct = z.infer<typeof activeProductSchema>;

/** `ok` = exactly one real-time product (or the built-in one alone); the others are warnings. */
export const finishVerdictSchema = z.enum(['ok', 'two-active', 'none']);
export type FinishVerdict = z.infer<typeof finishVerdictSchema>;

export const finishCheckSchema = z.object({
  checkedAt: z.string(),
  platform: z.string(),
  verdict: finishVerdictSchema,
  /** Products whose real-time protection is on, the built-in one included when it is on. */
  active: z.array(activeProductSchema),
  /** Security products still installed whose protection is not on (off, expired, unknown). */
  inactive: z.array(activeProductSchema.extend({ protection: z.string() })),
  builtIn: z.object({ name: z.string(), protection: z.string() }).nullable(),
  /** Parts of the machine the scan could not see (a failed collector), said in the report. */
  scanWarnings: z.number().int().nonnegative(),
});
export type FinishCheck = z.infer<typeof finishCheckSchema>;

export const vendorPageVisitSchema = z.object({
  productId: z.string(),
  url: z.string(),
  opened: z.boolean(),
  at: z.string(),
});

export const finalReportSchema = z.object({
  folder: z.string(),
  htmlPath: z.string(),
  jsonPath: z.string(),
  writtenAt: z.string(),
});
export type FinalReport = z.infer<typeof finalReportSchema>;

export const chooseSectionSchema = z
  .object({
    answers: answersSchema.nullable().optional(),
    chosenProductId: z.string().nullable().optional(),
    vendorPages: z.array(vendorPageVisitSchema).optional(),
    installerCheck: installerCheckSchema.nullable().optional(),
    installerRun: installerRunSchema.nullable().optional(),
    finishCheck: finishCheckSchema.nullable().optional(),
    report: finalReportSchema.nullable().optional(),
  })
  .passthrough();
export type ChooseSection = z.infer<typeof chooseSectionSchema>;

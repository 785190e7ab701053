import { z } from 'zod';
import { productKindSchema } from '../contracts/scan-report';
import { removeSectionSchema, removalStateSchema } from '../journal/remove-section';
import { removalPlanSchema } from '../removal/plan-schema';
import { defineCall } from './define';

/**
 * Calls and events of the Remove step (issue 5). The renderer only ever names products by id and
 * gives consent; every command is built by main from what detection found, never from text sent here.
 */

const productId = z.string().min(1).max(200);
/** Consent is a literal `true`: a call that changes the machine without it is a bad request. */
const consent = z.literal(true);

export const removalCandidateSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  kind: productKindSchema,
  companion: z.boolean(),
  /** The password manager's data is not saved yet and the user has not said they do not need it. */
  waitsForSave: z.boolean(),
});
export type RemovalCandidate = z.infer<typeof removalCandidateSchema>;

export const removalViewSchema = z.object({
  platform: z.string(),
  /** Products found by the last scan that the user may choose (built-in protection never appears). */
  candidates: z.array(removalCandidateSchema),
  /** The plan for the chosen products (exact commands included), or null when nothing is chosen. */
  plan: removalPlanSchema.nullable(),
  section: removeSectionSchema,
  /** The product whose removal runs in this session right now, if any. */
  running: z.string().nullable(),
  /** SafeSwitch can register itself to reopen once after a restart on this machine. */
  reopenAvailable: z.boolean(),
  /** Kaspersky's removal tool, when the user has downloaded it (Downloads folder). */
  kavremover: z.string().nullable(),
});
export type RemovalView = z.infer<typeof removalViewSchema>;

const empty = z.object({}).strict();

export const removeCalls = {
  /** Where the removal stands; makes no change (scans first only when nothing was scanned yet). */
  getRemoval: defineCall(empty, removalViewSchema),
  /** The user's ticks: each product and each companion is its own choice. */
  chooseRemoval: defineCall(z.object({ productIds: z.array(productId).max(50) }).strict(), removalViewSchema),
  /** Dry run: show the exact commands and run nothing. */
  setRemovalDryRun: defineCall(z.object({ dryRun: z.boolean() }).strict(), removalViewSchema),
  /** "I do not need the passwords it holds": lets a password manager be removed without saving first. */
  declinePasswordSave: defineCall(z.object({ consent }).strict(), removalViewSchema),
  /**
   * Runs one product's removal after the commit page. Resolves when it stops (done, waiting for a
   * restart, declined, blocked, failed, cancelled); progress and output arrive as events meanwhile.
   */
  startRemoval: defineCall(z.object({ productId, consent }).strict(), removalViewSchema),
  cancelRemoval: defineCall(z.object({ productId }).strict(), z.object({ cancelled: z.boolean() })),
  /** Rescan and compare: the product's processes, services, entries gone; leftovers listed. */
  verifyRemoval: defineCall(z.object({ productId }).strict(), removalViewSchema),
  /** With consent, reopen SafeSwitch once after the next restart (RunOnce / login item / autostart). */
  registerReopen: defineCall(z.object({ consent }).strict(), removalViewSchema),
  unregisterReopen: defineCall(empty, removalViewSchema),
  /** Removes a leftover root certificate by its exact thumbprint, with consent. */
  removeCertificate: defineCall(z.object({ leftoverId: z.string().min(1).max(300), consent }).strict(), removalViewSchema),
  /** Opens the kavremover the user downloaded (found by SafeSwitch in Downloads), with consent. */
  openKavremover: defineCall(z.object({ consent }).strict(), z.object({ opened: z.boolean(), path: z.string().nullable() })),
} as const;

export const removalProgressSchema = z.object({
  productId: z.string(),
  state: removalStateSchema,
  /** Index of the plan step now running. */
  step: z.number().int().nonnegative(),
  stepCount: z.number().int().nonnegative(),
  stepKind: z.string().nullable(),
});
export type RemovalProgress = z.infer<typeof removalProgressSchema>;

export const removalOutputSchema = z.object({
  productId: z.string(),
  stream: z.enum(['stdout', 'stderr']),
  line: z.string(),
});
export type RemovalOutput = z.infer<typeof removalOutputSchema>;

export const removeEvents = {
  removalProgress: removalProgressSchema,
  removalOutput: removalOutputSchema,
} as const;

import { z } from 'zod';
import { productKindSchema } from '../contracts/scan-report';

/**
 * The removal plan (issue 5, point 1): schemas so the plan can cross IPC and be stored in the
 * journal. Text is never stored here, only translation keys (namespace `remove`) and params.
 */
export const REMOVAL_PLAN_FORMAT = 'safeswitch-removal-plan/1';

const textParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** A plain-words sentence: translation key in the `remove` namespace plus its params. */
export const plainTextSchema = z.object({ key: z.string(), params: textParamsSchema.default({}) });
export type PlainText = z.infer<typeof plainTextSchema>;

/**
 * How the one uninstall command gets administrator rights:
 * - `none`: runs as the user (never for uninstallers today, kept for completeness);
 * - `program-asks`: the program raises its own prompt (msiexec's UAC prompt, a Mac uninstaller app);
 * - `safeswitch-asks`: SafeSwitch raises the system prompt for this command only
 *   (Windows PowerShell Start-Process -Verb RunAs, macOS administrator prompt, Linux pkexec).
 */
export const elevationSchema = z.enum(['none', 'program-asks', 'safeswitch-asks']);
export type Elevation = z.infer<typeof elevationSchema>;

export const commandKindSchema = z.enum(['msiexec', 'exe-uninstaller', 'mac-app', 'mac-script', 'package-manager']);
export type CommandKind = z.infer<typeof commandKindSchema>;

/** The exact command that would run: absolute program + argument array, never a shell. */
export const uninstallCommandSchema = z.object({
  kind: commandKindSchema,
  file: z.string(),
  args: z.array(z.string()),
  elevation: elevationSchema,
  timeoutMs: z.number().int().positive(),
  /** msiexec's verbose log, in the migration folder. */
  logFile: z.string().nullable(),
  /** Where the program came from in the detected entry (for support staff), e.g. "uninstallString". */
  source: z.string(),
  /**
   * The signature the program must carry before SafeSwitch raises it (main checks it before the
   * consent page offers Remove, pins its SHA-256, and checks both again right before launch):
   * `authenticode` with the vendor's signer names on Windows, `mac-team-id` on macOS. null: the
   * program is the system's own (msiexec, apt-get, rpm, open) or is not elevated by SafeSwitch.
   */
  signature: z
    .object({
      kind: z.enum(['authenticode', 'mac-team-id']),
      expectedSigners: z.array(z.string()),
      teamId: z.string().nullable(),
    })
    .nullable()
    .default(null),
  /** Set once main's check passed: who signed the program and its SHA-256, pinned until launch. */
  trust: z.object({ signer: z.string().nullable(), sha256: z.string().nullable() }).nullable().default(null),
});
export type UninstallCommand = z.infer<typeof uninstallCommandSchema>;

export const refusalCodeSchema = z.enum([
  'no-uninstall-entry',
  'unsupported-method',
  'unsupported-platform',
  'bad-product-code',
  'not-msiexec',
  'msiexec-outside-system',
  'unsafe-characters',
  'lookalike-characters',
  'not-absolute-path',
  'network-path',
  'relative-segments',
  'not-an-exe',
  'outside-program-folders',
  'unparsable-command',
  'bad-package-name',
  'unknown-package-manager',
  'outside-app-folders',
  'vendor-tool-only',
  'built-in-protection',
  'per-user-entry',
  'not-an-uninstaller',
  'outside-product-folder',
  'short-name-path',
  'windows-old-path',
  'msiexec-extra-arguments',
  'no-known-signer',
  'signature-not-checked',
  'signature-wrong-signer',
  'signature-unsigned',
  'signature-invalid',
  'signature-check-failed',
]);
export type RefusalCode = z.infer<typeof refusalCodeSchema>;

/** Why SafeSwitch will not run the stored command; the step becomes a manual one. */
export const commandRefusalSchema = z.object({
  code: refusalCodeSchema,
  /** Plain explanation for the user. */
  text: plainTextSchema,
  /** Technical detail for the log and support staff (the offending text, shortened). */
  detail: z.string(),
});
export type CommandRefusal = z.infer<typeof commandRefusalSchema>;

export const stepKindSchema = z.enum([
  'close-app',
  'run-uninstaller',
  'manual-uninstall',
  'restart',
  'verify',
  'clean-leftovers',
]);
export type StepKind = z.infer<typeof stepKindSchema>;

export const removalStepSchema = z.object({
  /** Stable id: `<productId>:<kind>`. */
  id: z.string(),
  kind: stepKindSchema,
  /** What this step does, in plain words. */
  text: plainTextSchema,
  /** true: SafeSwitch does it; false: the user does it and SafeSwitch guides. */
  automatic: z.boolean(),
  /** Only happens when the uninstaller asks for it (restart). */
  onlyIfNeeded: z.boolean(),
  /** Rough wait, in seconds, for the progress view ("this may take up to 10 minutes"). */
  expectedSeconds: z.object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
  restartLikely: z.boolean(),
  command: uninstallCommandSchema.nullable(),
  refusal: commandRefusalSchema.nullable(),
});
export type RemovalStep = z.infer<typeof removalStepSchema>;

export const blockerCodeSchema = z.enum(['password-data-not-saved']);
export const planBlockerSchema = z.object({ code: blockerCodeSchema, text: plainTextSchema });
export type PlanBlocker = z.infer<typeof planBlockerSchema>;

export const productPlanSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  vendor: z.string(),
  kind: productKindSchema,
  /** VPN, password manager, parental control: chosen separately from the main product. */
  companion: z.boolean(),
  /** The main product this companion came with, when the scan found one from the same vendor. */
  companionOf: z.string().nullable(),
  steps: z.array(removalStepSchema),
  restartLikely: z.boolean(),
  expectedSeconds: z.object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
  /** While non-empty, the uninstaller must not run (e.g. passwords not saved yet). */
  blockers: z.array(planBlockerSchema),
});
export type ProductPlan = z.infer<typeof productPlanSchema>;

/** `not-installed`: only leftovers of it remain (e.g. a stale Security Center entry): nothing to uninstall. */
export const skipReasonSchema = z.enum(['built-in-protection', 'not-found', 'duplicate', 'not-installed']);
export const skippedSelectionSchema = z.object({
  productId: z.string(),
  reason: skipReasonSchema,
  text: plainTextSchema,
});
export type SkippedSelection = z.infer<typeof skippedSelectionSchema>;

/** A product the user did not tick but may want to: offered as its own choice. */
export const offeredCompanionSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  kind: productKindSchema,
  companionOf: z.string().nullable(),
});

export const removalPlanSchema = z.object({
  format: z.literal(REMOVAL_PLAN_FORMAT),
  platform: z.string(),
  products: z.array(productPlanSchema),
  skipped: z.array(skippedSelectionSchema),
  companionsOffered: z.array(offeredCompanionSchema),
  restartLikely: z.boolean(),
});
export type RemovalPlan = z.infer<typeof removalPlanSchema>;

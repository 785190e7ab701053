import { z } from 'zod';
import { uninstallerCheckSchema } from '../removal/signature-gate';

/**
 * What the journal keeps about the Remove step: where each chosen product's removal stands. Main
 * writes it before and after every command, so a crash, a kill or a restart resumes with nothing
 * lost (issue 5, point 5). It never holds a password.
 */

/** planned → running (step N) → verifying → done, or one of the stops the user can act on. */
export const removalStateSchema = z.enum([
  'planned',
  'running',
  'waiting-for-restart',
  'verifying',
  'done',
  'failed',
  'declined',
  'blocked',
  'cancelled',
  /** The app stopped (crash, kill, power) while a command ran: verification decides what happened. */
  'interrupted',
]);
export type RemovalState = z.infer<typeof removalStateSchema>;

/** One command as it ran: the record is written before it starts and completed after it ends. */
export const commandRecordSchema = z.object({
  step: z.number().int().nonnegative(),
  /** The exact command as shown to the user (program and arguments). */
  argv: z.array(z.string()),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  exitCode: z.number().int().nullable(),
  /** The runner's classification (success, declined, blocked, restart-needed, …); null while running. */
  outcome: z.string().nullable(),
  durationMs: z.number().nonnegative().nullable(),
});
export type CommandRecord = z.infer<typeof commandRecordSchema>;

export const leftoverKindSchema = z.enum([
  'process',
  'service',
  'driver',
  'program',
  'security-center',
  'folder',
  'certificate',
  'browser-extension',
  'vendor-key',
  'app',
  'package',
  'launchd-job',
  'unit',
]);
export type LeftoverKind = z.infer<typeof leftoverKindSchema>;

export const leftoverSchema = z.object({
  /** Stable key for the screen and for consented actions (e.g. `certificate:<thumbprint>`). */
  id: z.string(),
  kind: leftoverKindSchema,
  name: z.string(),
  /** Path, store, browser, or state, as the OS reported it. */
  detail: z.string().nullable(),
  /** Driver files are never deleted while their service is registered (migration.md §1.3). */
  registered: z.boolean().default(false),
  /** SafeSwitch can remove it itself, with consent (only the root certificate today). */
  removable: z.boolean().default(false),
  /** Browser of an extension, so the screen can say how to remove it there. */
  browser: z.string().nullable().default(null),
});
export type Leftover = z.infer<typeof leftoverSchema>;

export const checkSchema = z.object({
  what: z.enum(['processes', 'services', 'uninstall-entry', 'security-center', 'app', 'package', 'product']),
  gone: z.boolean(),
  /** What is still there, when something is. */
  remaining: z.array(z.string()),
});
export type VerificationCheck = z.infer<typeof checkSchema>;

export const builtInStateSchema = z.object({
  name: z.string(),
  protection: z.enum(['on', 'off', 'snoozed', 'expired', 'unknown']),
  /** Other products that still protect the machine (so Defender staying off is expected). */
  otherActive: z.array(z.string()),
  /** Built-in protection is off and nothing else protects: show how to turn it on. */
  needsHelp: z.boolean(),
});

export const verificationSchema = z.object({
  checkedAt: z.string(),
  /** The product's processes, services, uninstall entry and Security Center entry are all gone. */
  removed: z.boolean(),
  checks: z.array(checkSchema),
  leftovers: z.array(leftoverSchema),
  builtIn: builtInStateSchema.nullable(),
});
export type Verification = z.infer<typeof verificationSchema>;

/** What the product looked like before removal, kept so verification compares against it. */
export const footprintSchema = z.object({
  processes: z.array(z.string()).default([]),
  services: z.array(z.string()).default([]),
  programs: z.array(z.string()).default([]),
  securityCenter: z.array(z.string()).default([]),
  drivers: z.array(z.string()).default([]),
  apps: z.array(z.string()).default([]),
  packages: z.array(z.string()).default([]),
  folders: z.array(z.string()).default([]),
});
export type Footprint = z.infer<typeof footprintSchema>;

export const productRemovalSchema = z.object({
  productId: z.string(),
  name: z.string(),
  state: removalStateSchema,
  /** Index of the plan step running now, or next to run. */
  step: z.number().int().nonnegative(),
  stepCount: z.number().int().nonnegative(),
  dryRun: z.boolean().default(false),
  commands: z.array(commandRecordSchema).default([]),
  /** Why it stopped, in a word the screen turns into guidance (e.g. `self-protection`, `timeout`). */
  reason: z.string().nullable().default(null),
  footprint: footprintSchema.nullable().default(null),
  verification: verificationSchema.nullable().default(null),
  /** The signature check of the uninstaller SafeSwitch would raise, with its pinned SHA-256. */
  signatureCheck: uninstallerCheckSchema.nullable().default(null),
  updatedAt: z.string(),
});
export type ProductRemoval = z.infer<typeof productRemovalSchema>;

export const reopenSchema = z.object({
  /** `run-once` (Windows), `launch-agent` (macOS), `xdg-autostart` (Linux). */
  mechanism: z.enum(['run-once', 'launch-agent', 'xdg-autostart']),
  /** Where the entry lives (registry value or file), so it can be removed again. */
  location: z.string(),
  registeredAt: z.string(),
});
export type Reopen = z.infer<typeof reopenSchema>;

export const certificateActionSchema = z.object({
  leftoverId: z.string(),
  at: z.string(),
  outcome: z.string(),
});

export const removeSectionSchema = z
  .object({
    /** Product ids the user ticked, in the order they were chosen. */
    chosen: z.array(z.string()).default([]),
    dryRun: z.boolean().default(false),
    products: z.record(z.string(), productRemovalSchema).default({}),
    reopen: reopenSchema.nullable().default(null),
    certificates: z.array(certificateActionSchema).default([]),
    /**
     * When the user said they do not need the passwords a password manager holds (issue 5: its
     * removal waits until they are saved or the user explicitly declines). Null until then.
     */
    passwordsDeclinedAt: z.string().nullable().default(null),
  })
  .passthrough();
export type RemoveSection = z.infer<typeof removeSectionSchema>;

export function emptyRemoveSection(): RemoveSection {
  return { chosen: [], dryRun: false, products: {}, reopen: null, certificates: [], passwordsDeclinedAt: null };
}

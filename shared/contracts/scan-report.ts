import { z } from 'zod';

/** Contract `safeswitch-scan/1` (design.md). */
export const SCAN_FORMAT = 'safeswitch-scan/1';

export const productKindSchema = z.enum([
  'antivirus',
  'suite',
  'vpn',
  'password-manager',
  'parental-control',
  'management-agent',
  'other',
]);
export const protectionSchema = z.enum(['on', 'off', 'snoozed', 'expired', 'unknown']);
export const signaturesSchema = z.enum(['up-to-date', 'out-of-date', 'unknown']);
export const removalMethodSchema = z.enum([
  'msi',
  'uninstaller',
  'package-manager',
  'app-bundle',
  'vendor-tool',
  'manual',
]);

export const evidenceSchema = z.object({
  source: z.string(),
  value: z.string(),
});

export const detectedProductSchema = z.object({
  id: z.string(),
  vendor: z.string(),
  name: z.string(),
  version: z.string().nullable(),
  kind: productKindSchema,
  running: z.boolean(),
  protection: protectionSchema,
  signatures: signaturesSchema,
  evidence: z.array(evidenceSchema),
  removal: z.object({ method: removalMethodSchema }).passthrough(),
  /** Plain-language notes for the user (e.g. the September 2024 UltraAV switch). */
  notes: z.array(z.string()).optional(),
  /**
   * Whether the product itself is on the machine (a program entry, vendor key, package, app,
   * running or auto-start service, process, running driver or a live Security Center registration),
   * or only leftovers remain (files, a stopped driver, certificates, browser add-ons, a stale
   * Security Center entry). Optional only so reports saved by older versions still read.
   */
  installed: z.boolean().optional(),
  /**
   * Installed and protecting now: Security Center says on, or, where no state source exists
   * (macOS, Linux), its processes run. The finish check and Done count only these.
   */
  active: z.boolean().optional(),
  /** True when the product is not in SafeSwitch's catalog (e.g. an antivirus only Security Center names). */
  unknown: z.boolean().optional(),
});

export const builtInSchema = z
  .object({
    name: z.string(),
    protection: protectionSchema,
    signatures: signaturesSchema.optional(),
    /**
     * Windows: Defender's own AMRunningMode (Get-MpComputerStatus), when it was read: `normal`,
     * `passive` (another antivirus is the active one; Defender still scans on demand), `sxs-passive`,
     * `edr-block`, or `not-running`. Absent where Defender did not say.
     */
    mode: z.enum(['normal', 'passive', 'sxs-passive', 'edr-block', 'not-running', 'other']).optional(),
  })
  .nullable();

/** A collector that failed or timed out: the scan still succeeds and says what it could not see. */
export const scanWarningSchema = z.object({
  source: z.string(),
  /** In English, with the technical detail (for the help file and the CLI). */
  message: z.string(),
  /** What happened, for a screen in another language; absent in reports written before it existed. */
  kind: z.enum(['timed-out', 'unreadable', 'no-security-center']).optional(),
  /** For timed-out: the collector's time limit. */
  seconds: z.number().int().positive().optional(),
});

export const scanReportSchema = z.object({
  format: z.literal(SCAN_FORMAT),
  os: z.object({ platform: z.string() }).passthrough(),
  scannedAt: z.string().optional(),
  products: z.array(detectedProductSchema),
  builtIn: builtInSchema,
  warnings: z.array(scanWarningSchema),
});

export type ProductKind = z.infer<typeof productKindSchema>;
export type Protection = z.infer<typeof protectionSchema>;
export type Signatures = z.infer<typeof signaturesSchema>;
export type RemovalMethod = z.infer<typeof removalMethodSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type DetectedProduct = z.infer<typeof detectedProductSchema>;
export type BuiltInProtection = z.infer<typeof builtInSchema>;
export type ScanWarning = z.infer<typeof scanWarningSchema>;
export type ScanReport = z.infer<typeof scanReportSchema>;

import { z } from 'zod';
import type { CatalogAge } from '../alternatives/catalog-types';
import { answersSchema, type PrefillReason } from '../alternatives/question-types';
import type { Ranking } from '../alternatives/ranking-types';
import {
  finalReportSchema,
  finishCheckSchema,
  installerCheckSchema,
  installerKindSchema,
  installerRunSchema,
} from '../journal/choose-section';
import { defineCall } from './define';

/**
 * Calls of the Choose and Done steps. The renderer names products by catalog id only: main looks
 * up URLs, signer names and commands itself, so no text from the window ever becomes a URL or a
 * command. Installer paths are the one exception the feature needs; main checks them (absolute,
 * an existing installer file, signed by the chosen vendor) before anything runs.
 */

const empty = z.object({}).strict();
const productId = z.string().min(1).max(80).regex(/^[a-z0-9-]+$/, 'a catalog product id');
const filePath = z.string().min(1).max(4096);

// The ranking and its products are built by main from the catalog shipped in the app (trusted data),
// so the response checks only their shape; the request side is what is validated in depth.
const rankingSchema = z.custom<Ranking>(
  (v) => typeof v === 'object' && v !== null && Array.isArray((v as { entries?: unknown }).entries),
  'a ranking',
);
const prefillReasonSchema = z.custom<PrefillReason>((v) => typeof v === 'object' && v !== null, 'a prefill reason');
const catalogAgeSchema = z.custom<CatalogAge>(
  (v) => typeof v === 'object' && v !== null && typeof (v as CatalogAge).newest === 'string',
  'a catalog age',
);

export const alternativesSchema = z.object({
  platform: z.enum(['win32', 'darwin', 'linux']),
  /** The answers the ranking used: the request's, else the saved ones, else the pre-filled ones. */
  answers: answersSchema,
  /** What detection suggests, and why ("We found Kaspersky VPN, so we ticked VPN"). */
  prefill: z.object({ answers: answersSchema, reasons: z.array(prefillReasonSchema) }),
  answersSaved: z.boolean(),
  ranking: rankingSchema,
  /** "Facts checked between … and …"; null only for an empty catalog. */
  catalogAge: catalogAgeSchema.nullable(),
  chosenProductId: z.string().nullable(),
});
export type Alternatives = z.infer<typeof alternativesSchema>;

export const foundInstallerSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  kind: installerKindSchema,
  sizeBytes: z.number().nonnegative(),
  modifiedAt: z.string(),
});
export type FoundInstallerView = z.infer<typeof foundInstallerSchema>;

export const installerListSchema = z.object({
  platform: z.enum(['win32', 'darwin', 'linux']),
  folder: z.string(),
  installers: z.array(foundInstallerSchema),
});

export const vendorPageResultSchema = z.object({
  /** False when no browser could be opened (the screen then shows the address to type). */
  opened: z.boolean(),
  url: z.string(),
});

/** What Done shows and the final report says, gathered by main from the whole journal. */
export const doneSummarySchema = z.object({
  platform: z.string(),
  finishCheck: finishCheckSchema.nullable(),
  chosen: z
    .object({
      id: z.string(),
      name: z.string(),
      vendor: z.string(),
      builtIn: z.boolean(),
      /** How its password manager takes Kaspersky passwords, when a source says so. */
      passwordImport: z
        .object({ kind: z.enum(['kaspersky-txt', 'csv']), format: z.string().nullable(), source: z.string(), checked: z.string() })
        .nullable(),
    })
    .nullable(),
  /** Products the Remove step took off this computer (or tried to). */
  removed: z.array(z.object({ productId: z.string(), name: z.string(), state: z.string() })),
  installerRun: installerRunSchema.nullable(),
  saved: z.object({
    folder: z.string().nullable(),
    /** The folder is not on the disk any more (moved or deleted by hand): nothing in it is listed. */
    folderGone: z.boolean().optional(),
    /** Files that exist now: each deleted file is in `deleted` instead, each moved or gone one in `missing`. */
    files: z.array(z.object({ path: z.string(), holds: z.string() })),
    /** Files SafeSwitch saved that are not on the disk any more, and not because it deleted them. */
    missing: z.array(z.string()).optional(),
    /** Plaintext files SafeSwitch overwrote and deleted at the user's request. */
    deleted: z.array(z.string()).default([]),
    passwordFormat: z.string().nullable(),
    passwordsSaved: z.number().int().nonnegative().nullable(),
  }),
  /** Names of the old products found at the start, for "cancel the old subscription". */
  oldProducts: z.array(z.string()),
  report: finalReportSchema.nullable(),
});
export type DoneSummary = z.infer<typeof doneSummarySchema>;

export const chooseCalls = {
  /** The ranked choices for these answers (or the saved / pre-filled ones), with reasons and sources. */
  getAlternatives: defineCall(z.object({ answers: answersSchema.optional() }).strict(), alternativesSchema),
  saveAnswers: defineCall(z.object({ answers: answersSchema }).strict(), z.object({ answers: answersSchema })),
  chooseProduct: defineCall(z.object({ productId }).strict(), z.object({ chosenProductId: z.string() })),
  /** Main looks the URL up in the catalog, checks it against the allowlist, and asks the OS to open it. */
  openVendorPage: defineCall(z.object({ productId }).strict(), vendorPageResultSchema),
  /** Installers already in the user's Downloads folder, newest first. */
  listInstallers: defineCall(empty, installerListSchema),
  /** Checks an installer's signature against the chosen vendor; changes nothing. */
  inspectInstaller: defineCall(z.object({ productId, path: filePath }).strict(), installerCheckSchema),
  /** Runs the installer checked last, after the user agreed; refuses anything else. */
  runInstaller: defineCall(z.object({ productId, path: filePath, consent: z.literal(true) }).strict(), installerRunSchema),
  /** Windows: opens Windows Security at the virus protection settings, so the user can turn Defender on. */
  openDefenderSettings: defineCall(empty, z.object({ opened: z.boolean() })),
  /** Scans again: exactly one real-time product active (or the built-in one alone) is ok. */
  finishCheck: defineCall(empty, finishCheckSchema),
  getDoneSummary: defineCall(empty, doneSummarySchema),
  /** Adds the Choose and Done sections to the migration folder's report.html and report.json. */
  writeFinalReport: defineCall(empty, finalReportSchema),
} as const;

export const chooseEvents = {} as const;

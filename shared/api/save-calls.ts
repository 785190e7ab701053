import { z } from 'zod';
import {
  kindCountsSchema,
  passwordFormatIdSchema,
  saveSectionSchema,
  savedFileSchema,
  settingsBackupStatusSchema,
} from '../journal/save-section';
import { defineCall } from './define';

/** Calls and events of the Save step. Paths the service acts on come from the journal or its own search, except the two the user types. */

const empty = z.object({}).strict();
/** A path the user typed or picked: bounded, one line. */
const userPathSchema = z.string().trim().min(1).max(4096).refine((p) => !/[\0\r\n]/.test(p), 'a path is one line');

export const exportFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  folder: z.enum(['downloads', 'documents', 'other']),
  sizeBytes: z.number().int().nonnegative(),
  modifiedAt: z.string(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const migrationFolderViewSchema = z.object({
  /** null until the user confirmed one. */
  path: z.string().nullable(),
  /** The confirmed folder is not on the disk any more (moved, deleted, a stick taken out). */
  gone: z.boolean().default(false),
  /** What a new default folder would be called (`…/Documents/SafeSwitch 2026-11-22`). */
  proposed: z.string(),
  reportHtml: z.string().nullable(),
  reportJson: z.string().nullable(),
  checksums: z.string().nullable(),
});

export const saveOverviewSchema = z.object({
  platform: z.string(),
  folder: migrationFolderViewSchema,
  passwordManager: z.object({ installed: z.boolean(), name: z.string().nullable(), canOpen: z.boolean() }),
  exportFiles: z.array(exportFileSchema),
  watching: z.boolean(),
  settings: z.object({ available: z.boolean(), productName: z.string().nullable() }),
  licence: z.object({ type: z.string().nullable(), daysLeft: z.number().nullable() }).nullable(),
  quarantine: z.object({ folder: z.string().nullable(), count: z.number().int().nullable() }).nullable(),
  section: saveSectionSchema,
});
export type SaveOverview = z.infer<typeof saveOverviewSchema>;

/** One thing the read-back found different; names the entry and field, never the secret itself. */
export const differenceSchema = z.object({
  /** What kind of difference, said by the screen in the user's language; `message` is main's English detail. */
  problem: z.enum(['missing-file', 'unexpected-file', 'unreadable', 'header', 'row-count', 'cell', 'not-carried']),
  /** 1-based line in the export where the entry starts, when the difference is about one entry. */
  line: z.number().int().nullable(),
  message: z.string(),
});

/** One entry put in the second file, and why (the screen says one sentence per reason). */
export const keptAsideSchema = z.object({
  reason: z.enum(['note-not-supported', 'no-web-address', 'details-not-supported']),
  message: z.string(),
});

export const conversionOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('done'),
    /** e.g. "212 logins, 14 notes — all 226 saved", in English (the screen says it from the counts). */
    summary: z.string(),
    /** The password manager the files are for. */
    format: passwordFormatIdSchema,
    ok: z.boolean(),
    found: z.number().int(),
    verified: z.number().int(),
    byKind: kindCountsSchema,
    files: z.array(savedFileSchema),
    differences: z.array(differenceSchema),
    /** Lines the reader could not place; shown to the user only (never logged or journaled). */
    unplaced: z.array(z.object({ line: z.number().int(), text: z.string() })),
    /** The entries that went to a second file (formats without secure notes), one each. */
    keptAside: z.array(keptAsideSchema),
  }),
  z.object({ status: z.literal('needs-folder') }),
  /** Files that would be replaced: ask the user, then call again with overwrite: true. */
  z.object({ status: z.literal('exists'), existing: z.array(z.string()) }),
  z.object({
    status: z.literal('unreadable'),
    reason: z.enum(['missing', 'not-a-file', 'empty', 'binary', 'not-kpm', 'too-large', 'unreadable']),
    message: z.string(),
  }),
  /** The files could not be written: why, as a code the screen says in the user's language (main's English in message). */
  z.object({
    status: z.literal('failed'),
    reason: z.enum(['disk-full', 'link-refused', 'not-allowed', 'not-written']),
    /** The link, for link-refused. */
    path: z.string().nullable(),
    message: z.string(),
  }),
]);
export type ConversionOutcome = z.infer<typeof conversionOutcomeSchema>;

export const deleteOutcomeSchema = z.object({
  /** deleted: the file is gone (it was overwritten and removed, or was already gone). message: one plain sentence. */
  results: z.array(z.object({ path: z.string(), deleted: z.boolean(), message: z.string() })),
});

export const settingsOutcomeSchema = z.object({
  status: settingsBackupStatusSchema,
  file: z.string().nullable(),
  /** A short, password-free detail from Kaspersky's own output, when it failed. */
  detail: z.string().nullable(),
});
export type SettingsOutcome = z.infer<typeof settingsOutcomeSchema>;

/** Opening the migration folder's report.html with the computer's usual program (a web browser). */
export const openReportOutcomeSchema = z.object({
  /** opened: the OS took it; not-opened: it could not (the screen shows the path to open by hand); no-report: no folder or no report yet. */
  status: z.enum(['opened', 'not-opened', 'no-report']),
  /** The report main tried to open, so the screen can show where it is. */
  path: z.string().nullable(),
});
export type OpenReportOutcome = z.infer<typeof openReportOutcomeSchema>;

/** Why a folder cannot be the migration folder; the screen says each in the user's language. */
export const folderRefusalSchema = z.enum(['not-absolute', 'not-a-folder', 'not-writable', 'cannot-create', 'names-taken']);
export type FolderRefusal = z.infer<typeof folderRefusalSchema>;

/** Why a file is not taken as the export; the screen says each in the user's language. */
export const exportRefusalSchema = z.enum(['missing', 'not-a-file', 'unreadable', 'empty', 'binary', 'not-kpm', 'too-large', 'no-entries']);
export type ExportRefusal = z.infer<typeof exportRefusalSchema>;

export const saveCalls = {
  getSaveOverview: defineCall(empty, saveOverviewSchema),
  /** path null: create the new dated folder in Documents. A typed path must be absolute. */
  setMigrationFolder: defineCall(
    z.object({ path: userPathSchema.nullable() }).strict(),
    z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), overview: saveOverviewSchema }),
      z.object({ status: z.literal('refused'), reason: folderRefusalSchema, message: z.string() }),
    ]),
  ),
  findExportFiles: defineCall(empty, z.object({ files: z.array(exportFileSchema) })),
  /** Watches Downloads and Documents for a new export; each one found is only offered (event exportFileFound). */
  watchExportFiles: defineCall(z.object({ watch: z.boolean() }).strict(), z.object({ watching: z.boolean() })),
  openPasswordManager: defineCall(empty, z.object({ opened: z.boolean() })),
  /**
   * Reads a file the user picked or typed as the export, at the export part (issue 13.2): a file
   * that is not a Kaspersky Password Manager export is refused there, in plain words, not later.
   * Nothing is kept from it but the count.
   */
  checkExportFile: defineCall(
    z.object({ exportPath: userPathSchema }).strict(),
    z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), entries: z.number().int().nonnegative() }),
      z.object({ status: z.literal('refused'), reason: exportRefusalSchema, message: z.string() }),
    ]),
  ),
  convertPasswords: defineCall(
    z.object({ exportPath: userPathSchema, format: passwordFormatIdSchema, overwrite: z.boolean().default(false) }).strict(),
    conversionOutcomeSchema,
  ),
  /** Overwrites then removes the export and/or the written CSVs recorded in the journal. */
  deletePlaintextFiles: defineCall(z.object({ exportFile: z.boolean(), convertedFiles: z.boolean() }).strict(), deleteOutcomeSchema),
  /** Runs `avp.com EXPORT`; the settings password goes to that one command and nowhere else. */
  backupSettings: defineCall(
    z.object({ password: z.string().min(1).max(256).refine((p) => !/[\0\r\n]/.test(p), 'one line').optional() }).strict(),
    settingsOutcomeSchema,
  ),
  /** Opens report.html of the migration folder the journal records; takes no path from the window. */
  openMigrationReport: defineCall(empty, openReportOutcomeSchema),
} as const;

export const saveEvents = {
  exportFileFound: z.object({ file: exportFileSchema }),
} as const;

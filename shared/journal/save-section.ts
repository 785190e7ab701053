import { z } from 'zod';
import { PASSWORD_FORMAT_IDS, type PasswordFormatId } from '../passwords/password-formats';

/**
 * What the journal keeps about the Save step, so the step resumes after a restart. Paths, formats
 * and counts only: never a password, a settings password, or any text from the export.
 */
export const passwordFormatIdSchema = z.enum(PASSWORD_FORMAT_IDS as unknown as readonly [PasswordFormatId, ...PasswordFormatId[]]);

export const savedFileSchema = z.object({
  path: z.string(),
  /**
   * What the file holds: the file to import ('passwords'), entries the format has no place for
   * ('kept-aside'), export lines the reader could not place ('unplaced'), Kaspersky's settings.
   */
  holds: z.enum(['passwords', 'kept-aside', 'unplaced', 'settings']),
  description: z.string().default(''),
  entries: z.number().int().nonnegative().nullable(),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

export const kindCountsSchema = z.object({
  website: z.number().int().nonnegative(),
  application: z.number().int().nonnegative(),
  other: z.number().int().nonnegative(),
  note: z.number().int().nonnegative(),
});
export type KindCounts = z.infer<typeof kindCountsSchema>;

export const conversionRecordSchema = z.object({
  at: z.string(),
  format: passwordFormatIdSchema,
  exportFile: z.string(),
  /** Entries the reader found in the export. */
  found: z.number().int().nonnegative(),
  /** Entries read back from the written files and matched field by field. */
  verified: z.number().int().nonnegative(),
  byKind: kindCountsSchema,
  differences: z.number().int().nonnegative(),
  /** Lines of the export the reader could not place (their text stays out of the journal). */
  unplacedLines: z.number().int().nonnegative(),
  files: z.array(savedFileSchema),
});
export type ConversionRecord = z.infer<typeof conversionRecordSchema>;

export const settingsBackupStatusSchema = z.enum([
  'saved',
  'needs-password',
  'wrong-password',
  'not-found',
  'no-file',
  'failed',
  'not-available',
]);
export type SettingsBackupStatus = z.infer<typeof settingsBackupStatusSchema>;

export const saveSectionSchema = z.object({
  /** The migration folder (report.html, report.json, SHA256SUMS and every saved file). */
  folder: z.string().nullable().default(null),
  folderIsDefault: z.boolean().default(true),
  format: passwordFormatIdSchema.nullable().default(null),
  conversion: conversionRecordSchema.nullable().default(null),
  settingsBackup: z
    .object({ at: z.string(), status: settingsBackupStatusSchema, file: z.string().nullable() })
    .nullable()
    .default(null),
  /** Plaintext files SafeSwitch overwrote and removed at the user's request. */
  deleted: z.array(z.string()).default([]),
  /**
   * Every plaintext password file SafeSwitch wrote (each format converted to, each kept-aside and
   * unreadable-lines file) and has not deleted yet. A later conversion never makes an earlier
   * file forgotten: "Delete the password files" deletes all of these.
   */
  plaintextFiles: z.array(z.string()).default([]),
});
export type SaveSection = z.infer<typeof saveSectionSchema>;

/**
 * Every plaintext password file SafeSwitch wrote and has not deleted yet, as far as the journal
 * knows: the ledger, and the last conversion's files (a journal written before the ledger existed
 * has only those), each once.
 */
export function plaintextFilesOf(section: SaveSection): string[] {
  return [...new Set([...section.plaintextFiles, ...(section.conversion?.files.map((f) => f.path) ?? [])])];
}

/** Files of earlier conversions (another format) still on disk: on the ledger, not the last conversion's, not deleted. */
export function earlierPlaintextFiles(section: SaveSection): string[] {
  const current = new Set(section.conversion?.files.map((f) => f.path) ?? []);
  return section.plaintextFiles.filter((p) => !current.has(p) && !section.deleted.includes(p));
}

/**
 * The files the Save step kept and has not deleted: this conversion's, an earlier conversion's
 * password files, and Kaspersky's settings. Done and the report's Save part list the same ones.
 */
export function savedFiles(section: SaveSection): { path: string; holds: SavedFile['holds'] }[] {
  const deleted = new Set(section.deleted);
  const files = (section.conversion?.files ?? []).filter((f) => !deleted.has(f.path)).map((f) => ({ path: f.path, holds: f.holds }));
  for (const path of earlierPlaintextFiles(section)) files.push({ path, holds: 'passwords' });
  if (section.settingsBackup?.file) files.push({ path: section.settingsBackup.file, holds: 'settings' });
  return files;
}

export function emptySaveSection(): SaveSection {
  return saveSectionSchema.parse({});
}

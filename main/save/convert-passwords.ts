import { join, resolve } from 'node:path';
import type { ConversionOutcome } from '@shared/api/save-calls';
import type { ConversionRecord, SavedFile } from '@shared/journal/save-section';
import { convertExport, planFiles, type PasswordFormatId } from '@shared/passwords';
import { DiskFullError, LinkRefusedError } from '../fs/durable-write';
import { ExportFileError, readExportFile } from '../passwords/read-export-file';
import { exists, OutputExistsError, writeConversion } from '../passwords/write-conversion';

/** The base of every written file's name: `passwords-bitwarden.csv`, `passwords-chrome-kept-aside.csv`… */
export const PASSWORDS_BASE_NAME = 'passwords';

export interface ConvertRequest {
  readonly exportPath: string;
  readonly format: PasswordFormatId;
  readonly folder: string;
  readonly overwrite: boolean;
  readonly now: Date;
  /** The writer (main/passwords); replaceable so tests can make the disk fail. */
  readonly write?: typeof writeConversion;
}

export interface ConvertResult {
  readonly outcome: ConversionOutcome;
  /** What the journal keeps, when files were written. */
  readonly record: ConversionRecord | null;
}

/** Every file a conversion to `format` may write in `folder` (planFiles with unreadable lines too). */
async function existingOutputs(format: PasswordFormatId, folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const plan of planFiles(format, 1)) {
    const path = join(folder, `${PASSWORDS_BASE_NAME}${plan.fileSuffix}`);
    if (await exists(path)) found.push(path);
  }
  return found;
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Save my passwords": read the export, convert it, refuse to replace files unless the user said
 * so, write and read back through main/passwords, and say exactly what happened.
 */
export async function convertPasswordsToFolder(request: ConvertRequest): Promise<ConvertResult> {
  const exportPath = resolve(request.exportPath.trim());
  // Before the export is even read: a file that would be replaced is said at once, and nothing
  // holding passwords is decoded in memory for a conversion that cannot be written.
  if (!request.overwrite) {
    const existing = await existingOutputs(request.format, request.folder);
    if (existing.length > 0) return { outcome: { status: 'exists', existing }, record: null };
  }
  let parsed;
  try {
    parsed = await readExportFile(exportPath);
  } catch (error) {
    if (error instanceof ExportFileError) {
      return { outcome: { status: 'unreadable', reason: error.reason, message: sentence(error.message) }, record: null };
    }
    throw error;
  }
  const conversion = convertExport(parsed, request.format);
  const write = request.write ?? writeConversion;
  let written;
  try {
    written = await write(parsed, conversion, { folder: request.folder, baseName: PASSWORDS_BASE_NAME, overwrite: request.overwrite, within: request.folder });
  } catch (error) {
    if (error instanceof OutputExistsError) return { outcome: { status: 'exists', existing: [...error.existing] }, record: null };
    // Both already say what happened in plain words.
    if (error instanceof DiskFullError || error instanceof LinkRefusedError) {
      const reason = error instanceof DiskFullError ? 'disk-full' : 'link-refused';
      return { outcome: { status: 'failed', reason, path: error instanceof LinkRefusedError ? error.path : null, message: `${error.message} Your export file is unchanged.` }, record: null };
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOSPC' ? 'disk-full' : code === 'EACCES' || code === 'EPERM' ? 'not-allowed' : 'not-written';
    const why = { 'disk-full': 'the disk is full', 'not-allowed': 'it is not allowed to write in that folder', 'not-written': 'the files could not be written' }[reason];
    return { outcome: { status: 'failed', reason, path: null, message: `SafeSwitch could not save your passwords: ${why}. Your export file is unchanged.` }, record: null };
  }

  const proof = written.verification;
  const files: SavedFile[] = written.files.map((f) => ({
    path: f.path,
    holds: f.role,
    description: f.description,
    entries: f.role === 'unplaced' ? null : f.count,
  }));
  const { counts } = proof;
  const byKind = { website: counts.website, application: counts.application, other: counts.other, note: counts.note };
  const record: ConversionRecord = {
    at: request.now.toISOString(),
    format: request.format,
    exportFile: exportPath,
    found: counts.total,
    verified: proof.saved,
    byKind,
    differences: proof.differences.length,
    unplacedLines: parsed.unplaced.length,
    files,
  };
  return {
    record,
    outcome: {
      status: 'done',
      summary: proof.summary,
      format: request.format,
      ok: proof.ok,
      found: counts.total,
      verified: proof.saved,
      byKind,
      files,
      differences: proof.differences.map((d) => ({ problem: d.problem, line: d.entryLine ?? null, message: d.message })),
      unplaced: parsed.unplaced.map((u) => ({ line: u.line, text: u.text })),
      keptAside: conversion.keptAside.map((k) => ({ reason: k.reason, message: k.message })),
    },
  };
}

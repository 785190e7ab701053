import { lstat, mkdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  verifyConversion,
  type Conversion,
  type ConvertedFileRole,
  type KpmEntry,
  type UnplacedLine,
  type VerificationResult,
  type WrittenFile,
} from '@shared/passwords';
import { CodedFailure } from '@shared/api/failure-codes';
import { writeFileAtomically } from '../fs/atomic-file';

/** Owner-only: these files hold passwords in clear text. (On Windows the mode bit only sets read-only
 * or not; the user's own Documents folder is what keeps others out there.) */
export const PASSWORD_FILE_MODE = 0o600;

/** Thrown before anything is written when a file would be replaced and the user did not allow it. */
export class OutputExistsError extends CodedFailure {
  constructor(readonly existing: readonly string[]) {
    super(
      'output-exists',
      existing.length === 1
        ? `${existing[0]} already exists. Choose another name or folder, or allow replacing it.`
        : `${existing.length} of the files already exist (${existing.join(', ')}). Choose another name or folder, or allow replacing them.`,
      { files: existing.join(', ') },
    );
    this.name = 'OutputExistsError';
  }
}

export interface ConversionSource {
  readonly entries: readonly KpmEntry[];
  readonly unplaced: readonly UnplacedLine[];
}

export interface WriteOptions {
  /** Replace files that already exist. Default false: refuse, writing nothing. */
  readonly overwrite?: boolean;
  /**
   * The migration folder: no file is written through a link at the target or at any folder
   * between it and this one, overwrite or not (the folder of the files when not given).
   */
  readonly within?: string;
}

export interface WrittenConversion {
  readonly files: readonly { role: ConvertedFileRole; path: string; description: string; count: number }[];
  /** The read-back proof, computed from the files as they are on disk. */
  readonly verification: VerificationResult;
}

/** Something (a file, a folder, even a dangling link) is at `path`; anything but "not there" throws. */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Writes each file of the conversion to the path at the same index (atomically, owner-only), then
 * reads every file back from disk and runs the verification. Refuses to replace an existing file
 * unless `overwrite` is set, and then writes nothing. If a write fails, the files this call already
 * wrote are removed again (they hold passwords) and the error is rethrown.
 *
 * The existence check and the rename are two steps, so a file appearing in between would be
 * replaced; that window is milliseconds on a folder the user just chose.
 */
export async function writeConversionFiles(
  source: ConversionSource,
  conversion: Conversion,
  paths: readonly string[],
  options: WriteOptions = {},
): Promise<VerificationResult> {
  if (paths.length !== conversion.files.length) {
    throw new Error(`writeConversionFiles: ${conversion.files.length} files but ${paths.length} paths`);
  }
  if (!options.overwrite) {
    const existing: string[] = [];
    for (const p of paths) if (await exists(p)) existing.push(p);
    if (existing.length > 0) throw new OutputExistsError(existing);
  }
  const written: string[] = [];
  try {
    for (const [i, file] of conversion.files.entries()) {
      const path = paths[i] as string;
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeFileAtomically(path, encodeChunks(file.csvChunks()), { mode: PASSWORD_FILE_MODE, within: options.within ?? dirname(path) });
      written.push(path);
    }
  } catch (error) {
    await Promise.all(written.map((p) => unlink(p).catch(() => undefined)));
    throw error;
  }
  const readBack: WrittenFile[] = [];
  for (const [i, file] of conversion.files.entries()) {
    readBack.push({ role: file.role, text: await readBackText(paths[i] as string) });
  }
  return verifyConversion(source.entries, conversion.format, readBack, source.unplaced);
}

/**
 * The file's UTF-8 bytes, encoded piece by piece as the CSV text is made: the whole text as one
 * string (two bytes a character once any character is beyond Latin-1) never exists.
 */
function encodeChunks(chunks: Iterable<string>): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk, 'utf8');
    parts.push(bytes);
    total += bytes.byteLength;
  }
  return Buffer.concat(parts, total);
}

/** Reads a written file as UTF-8; bytes that are not UTF-8 show as U+FFFD and fail the check. */
async function readBackText(path: string): Promise<string> {
  const bytes = await readFile(path);
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

export interface WriteConversionOptions extends WriteOptions {
  /** Folder to write into; created (owner-only) if missing. */
  readonly folder: string;
  /** Start of every file name: `${baseName}${file.fileSuffix}`, e.g. "passwords" → passwords-bitwarden.csv. */
  readonly baseName: string;
}

/** The path of each file of a conversion in `folder`. */
export function conversionPaths(conversion: Conversion, folder: string, baseName: string): string[] {
  if (baseName === '' || basename(baseName) !== baseName || baseName === '.' || baseName === '..') {
    throw new Error(`The file name "${baseName}" cannot be used; give a plain name without folders.`);
  }
  return conversion.files.map((f) => join(folder, `${baseName}${f.fileSuffix}`));
}

/** writeConversionFiles with the paths made from a folder and a base name. */
export async function writeConversion(
  source: ConversionSource,
  conversion: Conversion,
  options: WriteConversionOptions,
): Promise<WrittenConversion> {
  const paths = conversionPaths(conversion, options.folder, options.baseName);
  const verification = await writeConversionFiles(source, conversion, paths, options);
  return {
    files: conversion.files.map((f, i) => ({ role: f.role, path: paths[i] as string, description: f.description, count: f.count })),
    verification,
  };
}

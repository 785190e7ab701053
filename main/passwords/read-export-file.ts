import { readFile, stat } from 'node:fs/promises';
import { MAX_EXPORT_BYTES, NotKpmExportError, parseKpmExport, type KpmParseResult } from '@shared/passwords';

/** The export file could not be used; `message` is one plain sentence. Always bad input (exit 2). */
export class ExportFileError extends Error {
  constructor(
    readonly reason: 'missing' | 'not-a-file' | 'unreadable' | 'empty' | 'binary' | 'not-kpm' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'ExportFileError';
  }
}

/**
 * Reads and parses a KPM export from disk. Checks the size before reading, so a huge file is
 * refused without being loaded. Every failure is an ExportFileError with a plain message.
 */
export async function readExportFile(path: string): Promise<KpmParseResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ExportFileError('not-a-file', `${path} is a folder, not a file. Give the text file Kaspersky Password Manager exported.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ExportFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ExportFileError('missing', `cannot find ${path}. Check the name and the folder.`);
    throw new ExportFileError('unreadable', `cannot read ${path} (not allowed to open it).`);
  }
  if (size > MAX_EXPORT_BYTES) {
    throw new ExportFileError('too-large', `${path} is too large (${Math.round(size / 1024 / 1024)} MB) to be a Kaspersky Password Manager export.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ExportFileError('unreadable', `cannot read ${path} (not allowed to open it).`);
  }
  try {
    return parseKpmExport(bytes);
  } catch (error) {
    if (error instanceof NotKpmExportError) throw new ExportFileError(error.reason, error.message);
    throw error;
  }
}

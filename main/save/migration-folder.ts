import { constants } from 'node:fs';
import { access, mkdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { pathExists } from '../fs/path-exists';
import { readReportJson } from './report-model';

/** The files SafeSwitch keeps rewriting in the folder; another program's files of these names are never replaced. */
const REPORT_FILES = ['report.html', 'report.json', 'SHA256SUMS'];

/** A folder problem said in one plain sentence the user can act on. */
export class MigrationFolderError extends Error {
  constructor(
    readonly reason: 'not-absolute' | 'not-a-folder' | 'not-writable' | 'cannot-create' | 'names-taken',
    message: string,
  ) {
    super(message);
  }
}

/** `SafeSwitch 2026-11-22`, by the machine's local date (what the user sees on their calendar). */
export function defaultFolderName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `SafeSwitch ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Creates a new dated folder in Documents; never reuses one that exists (a second run the same day
 * gets `SafeSwitch 2026-11-22 (2)`), so nothing from an earlier run is touched.
 */
export async function createDefaultMigrationFolder(documents: string, now: Date): Promise<string> {
  await mkdir(documents, { recursive: true });
  const base = defaultFolderName(now);
  for (let n = 1; n < 1000; n += 1) {
    const candidate = join(documents, n === 1 ? base : `${base} (${n})`);
    try {
      await mkdir(candidate, { mode: 0o700 });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new MigrationFolderError('cannot-create', `SafeSwitch could not create a folder in ${documents}.`);
      }
    }
  }
  throw new MigrationFolderError('cannot-create', `SafeSwitch could not find a free folder name in ${documents}.`);
}

/** Accepts a folder the user picked: creates it when missing and checks we can write there. */
export async function prepareChosenFolder(path: string): Promise<string> {
  const trimmed = path.trim();
  if (!trimmed || trimmed.includes('\0') || !isAbsolute(trimmed)) {
    throw new MigrationFolderError('not-absolute', 'Please give the full path of a folder, for example one that starts with C:\\ or /.');
  }
  const folder = resolve(trimmed);
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new MigrationFolderError('not-a-folder', `${folder} is a file, not a folder.`);
    throw new MigrationFolderError('cannot-create', `SafeSwitch could not create the folder ${folder}.`);
  }
  const info = await stat(folder);
  if (!info.isDirectory()) throw new MigrationFolderError('not-a-folder', `${folder} is a file, not a folder.`);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new MigrationFolderError('not-writable', `SafeSwitch is not allowed to write in ${folder}. Please choose another folder.`);
  }
  await refuseForeignReport(folder);
  return folder;
}

/**
 * A folder from an earlier SafeSwitch run (its report.json is ours) is fine to keep using; a folder
 * where report.html, report.json or SHA256SUMS belong to something else is refused, because SafeSwitch
 * rewrites those files and must never replace someone else's file without asking.
 */
async function refuseForeignReport(folder: string): Promise<void> {
  const taken: string[] = [];
  for (const name of REPORT_FILES) if (await pathExists(join(folder, name))) taken.push(name);
  if (taken.length === 0) return;
  const ours = await readFile(join(folder, 'report.json'), 'utf8').then((text) => readReportJson(text) !== null, () => false);
  if (ours) return;
  throw new MigrationFolderError(
    'names-taken',
    `${folder} already has files named ${taken.join(', ')} that SafeSwitch did not write. Please choose an empty or new folder.`,
  );
}

import { randomBytes } from 'node:crypto';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CodedFailure } from '@shared/api/failure-codes';

/**
 * Durable, atomic writes (design.md: "a short write or a full disk is an error, never a torn
 * file"). write-file-atomic 7 resolved without error after a short write on a nearly full disk, and
 * left 4 KiB of invalid JSON; this writes through a temporary file in the same folder, checks that
 * every byte was written, flushes the data to the disk (fsync) before the rename, flushes the folder
 * after it, and on any failure removes the temporary file and leaves the previous file whole.
 */
export class DiskFullError extends CodedFailure {
  constructor(readonly path: string) {
    super('disk-full', 'The disk is full. Free some space and try again. Nothing was lost.');
  }
}

/** A symbolic link or junction where SafeSwitch would write or delete: refused, nothing touched. */
export class LinkRefusedError extends CodedFailure {
  constructor(readonly path: string) {
    super('link-refused', `SafeSwitch will not write or delete through a shortcut link: ${path} is a link. Nothing was changed.`, { path });
  }
}

export interface DurableWriteOptions {
  /** Owner-only (0o600) for anything holding passwords or personal data. */
  readonly mode?: number;
  /**
   * The folder the file must stay inside (the migration folder): the target and every folder from
   * here down to it must be real folders and files, not links.
   */
  readonly within?: string;
}

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** Temporary files are named so a crash's leftovers can be found and removed at the next start. */
export function temporaryNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.safeswitch-tmp`);
}

export function isTemporaryNameOf(name: string, fileName: string): boolean {
  return name.startsWith(`.${fileName}.`) && name.endsWith('.safeswitch-tmp');
}

/** `path` relative to `folder` ('' for the folder itself), or null when it lies outside it. */
export function pathInside(path: string, folder: string): string | null {
  const inside = relative(resolve(folder), resolve(path));
  return inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside) ? null : inside;
}

/**
 * Throws LinkRefusedError when `path`, or any folder from `within` down to it, is a symbolic link
 * or junction (lstat reports both as links). Parts that do not exist yet are fine.
 */
export async function refuseLinks(path: string, within: string): Promise<void> {
  const root = resolve(within);
  const inside = pathInside(path, root);
  // Outside the folder it guards: that is not a place SafeSwitch writes or deletes at all.
  if (inside === null) throw new LinkRefusedError(resolve(path));
  let current = root;
  for (const part of ['', ...(inside === '' ? [] : inside.split(sep))]) {
    current = part === '' ? current : join(current, part);
    try {
      if ((await lstat(current)).isSymbolicLink()) throw new LinkRefusedError(current);
    } catch (error) {
      if (error instanceof LinkRefusedError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
  }
}

export async function writeFileDurably(path: string, data: string | Buffer, options: DurableWriteOptions = {}): Promise<void> {
  if (options.within !== undefined) await refuseLinks(path, options.within);
  else if (await isLink(path)) throw new LinkRefusedError(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = temporaryNameFor(path);
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(temp, 'wx', options.mode ?? 0o600);
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
      // A write that moves nothing forward is a full disk, however the system words it.
      if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(temp, path);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (FULL.has((error as NodeJS.ErrnoException).code ?? '')) throw new DiskFullError(path);
    throw error;
  }
  await syncFolder(dirname(path));
}

async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for flushing: nothing to do there. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { writeFileAtomically } from '../fs/atomic-file';

export const CHECKSUMS_FILE = 'SHA256SUMS';

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')));
  });
}

/** Every regular file under the folder (relative, `/`-separated, sorted), except SHA256SUMS itself. */
export async function listFolderFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((name) => name !== CHECKSUMS_FILE)
    .sort();
}

/**
 * Writes SHA256SUMS in the format `sha256sum -c` reads: `<hex>  <name>` per line.
 * A file that vanishes while hashing (deleted by the user) is simply left out.
 */
export async function writeChecksums(folder: string): Promise<string[]> {
  const lines: string[] = [];
  for (const name of await listFolderFiles(folder)) {
    try {
      lines.push(`${await sha256OfFile(join(folder, name))}  ${name}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  await writeFileAtomically(join(folder, CHECKSUMS_FILE), lines.length ? lines.join('\n') + '\n' : '', { mode: 0o600 });
  return lines;
}

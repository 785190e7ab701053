import { writeFileDurably, type DurableWriteOptions } from './durable-write';

export type AtomicWriteOptions = DurableWriteOptions;

/**
 * Writes through a temporary file, fsync and a rename, so a crash or a full disk never leaves half a
 * file (durable-write.ts). Kept as the one name the rest of main uses.
 */
export async function writeFileAtomically(path: string, data: string | Buffer, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileDurably(path, data, options);
}

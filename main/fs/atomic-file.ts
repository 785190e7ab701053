import writeFileAtomic from 'write-file-atomic';

export interface AtomicWriteOptions {
  /** Owner-only (0o600) for anything holding passwords or personal data. */
  readonly mode?: number;
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export async function writeFileAtomically(
  path: string,
  data: string | Buffer,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await writeFileAtomic(path, data, { mode: options.mode ?? 0o600, fsync: true });
}

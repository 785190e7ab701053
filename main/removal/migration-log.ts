import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** One JSON object per line, appended; support staff can read it with any text tool. */
export const MIGRATION_LOG_NAME = 'migration-log.jsonl';

export interface MigrationLogEntry {
  readonly time: string;
  readonly event: 'command-started' | 'command-finished' | 'command-dry-run' | 'command-refused';
  readonly productId: string;
  readonly kind: string;
  /** The exact program and arguments of the uninstall command (as detected and built). */
  readonly file: string;
  readonly args: readonly string[];
  /** How it got administrator rights: program-asks, powershell-runas, pkexec, already-root… */
  readonly elevation: string;
  readonly exitCode?: number | null;
  readonly signal?: string | null;
  readonly durationMs?: number;
  readonly timedOut?: boolean;
  readonly cancelled?: boolean;
  readonly spawnError?: string | null;
  readonly outcome?: string;
  readonly reason?: string;
  /** command-refused: the signature check's verdict and the hash it found. */
  readonly verdict?: string;
  readonly sha256?: string | null;
}

export function migrationLogPath(folder: string): string {
  return join(folder, MIGRATION_LOG_NAME);
}

/** Appends one entry; the file is created owner-only. Appends are line-sized, so a crash loses at most one line. */
export async function appendMigrationLog(folder: string, entry: MigrationLogEntry): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await appendFile(migrationLogPath(folder), `${JSON.stringify(entry)}\n`, { encoding: 'utf8', mode: 0o600 });
}

import { join } from 'node:path';
import type { SettingsOutcome } from '@shared/api/save-calls';
import { pathExists } from '../fs/path-exists';
import type { SystemPort } from '../system/system-port';

export const SETTINGS_FILE_BASE = 'kaspersky-settings';
const EXPORT_TIMEOUT_MS = 120_000;

export interface SettingsBackupRequest {
  readonly run: SystemPort['run'];
  /** From detection (kaspersky-facts.ts), never from the renderer. */
  readonly avpCom: string;
  readonly productName: string | null;
  readonly folder: string;
  /** The Kaspersky settings password, when protection asks for one. Passed to this one command only. */
  readonly password?: string;
}

/** A name not yet taken in the folder, so an earlier backup is never replaced. */
async function freeTarget(folder: string): Promise<string> {
  for (let n = 1; n < 100; n += 1) {
    const base = join(folder, n === 1 ? SETTINGS_FILE_BASE : `${SETTINGS_FILE_BASE}-${n}`);
    if (!(await pathExists(`${base}.cfg`)) && !(await pathExists(base))) return `${base}.cfg`;
  }
  return join(folder, `${SETTINGS_FILE_BASE}-${Date.now()}.cfg`);
}

/** One short line of Kaspersky's output, with the password taken out in case the tool echoes it. */
export function safeDetail(output: string, password: string | undefined): string | null {
  let line = output.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? null;
  if (line && password) line = line.split(password).join('•••');
  return line ? line.slice(0, 200) : null;
}

const asksForPassword = (text: string): boolean => /password|парол/i.test(text);

/**
 * Saves Kaspersky's protection settings with `avp.com EXPORT <file>` (detection.md §3.1: documented
 * for keeping settings before uninstalling). Business products (Endpoint Security) also need the
 * KLAdmin login with the password. Never throws; the outcome says what happened in a few words.
 */
export async function backupKasperskySettings(request: SettingsBackupRequest): Promise<SettingsOutcome> {
  const target = await freeTarget(request.folder);
  const args = ['EXPORT'];
  if (request.password !== undefined) {
    if (/endpoint/i.test(request.productName ?? '')) args.push('/login=KLAdmin');
    args.push(`/password=${request.password}`);
  }
  args.push(target);
  const result = await request.run({ file: request.avpCom, args, timeoutMs: EXPORT_TIMEOUT_MS });
  const output = `${result.stdout}\n${result.stderr}`;
  const detail = safeDetail(output, request.password);

  if (result.spawnError === 'ENOENT' || result.spawnError === 'not-absolute-path') return { status: 'not-found', file: null, detail: null };
  if (result.spawnError || result.timedOut) return { status: 'failed', file: null, detail };
  if (result.exitCode !== 0) {
    if (asksForPassword(output)) return { status: request.password === undefined ? 'needs-password' : 'wrong-password', file: null, detail };
    return { status: 'failed', file: null, detail };
  }
  // Some builds append `.cfg` to the name they are given (detection.md §3.1), so look for both.
  for (const candidate of [target, `${target}.cfg`]) {
    if (await pathExists(candidate)) return { status: 'saved', file: candidate, detail: null };
  }
  return { status: 'no-file', file: null, detail };
}

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Kaspersky's removal tool (research detection.md §3.2): `kavremvr.exe`, interactive, asks for a
 * CAPTCHA. SafeSwitch never downloads it (no network); it looks for the copy the user downloaded
 * in their Downloads folder (browsers add " (1)" to repeated downloads) and opens it with consent.
 */
const KAVREMOVER_NAME = /^kavremvr(?: ?\(\d{1,3}\))?\.exe$/i;

export async function findKavremover(downloads: string): Promise<string | null> {
  let names: string[];
  try {
    names = await readdir(downloads);
  } catch {
    return null;
  }
  let best: { path: string; time: number } | null = null;
  for (const name of names) {
    if (!KAVREMOVER_NAME.test(name)) continue;
    const path = join(downloads, name);
    try {
      const info = await stat(path);
      if (info.isFile() && (!best || info.mtimeMs > best.time)) best = { path, time: info.mtimeMs };
    } catch {
      // vanished between listing and reading: not there
    }
  }
  return best?.path ?? null;
}

import { extname, join, resolve } from 'node:path';
import { pathInside } from '../fs/durable-write';

/**
 * The renderer is served from a privileged custom scheme, not file:// (Electron security checklist
 * item 18): file:// pages get extra privileges and can read any file the user can. Only files under
 * out/renderer are ever answered.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'safeswitch';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The file an app:// URL names inside `rendererDir`, or null: another host, an encoded `..` or
 * backslash, a NUL, or anything that resolves outside the folder.
 */
export function fileForAppUrl(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  const root = resolve(rendererDir);
  const file = resolve(join(root, path === '/' ? 'index.html' : path));
  // The folder itself is not a file to answer either.
  const inside = pathInside(file, root);
  return inside === null || inside === '' ? null : file;
}

export function contentTypeFor(file: string): string | null {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? null;
}

/** Whether a frame's URL belongs to the app (the only frames whose IPC is answered). */
export function isAppFrameUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

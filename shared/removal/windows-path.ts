import type { CommandRefusal } from './plan-schema';
import { refusal } from './refusal';

/**
 * Checks a Windows program path taken from a registry string before anything may run it.
 * Returns null when it is a plain local path; otherwise why not. Conservative on purpose: a real
 * vendor uninstaller path never needs these characters, a hostile one often does.
 */

// Characters that mean something to cmd.exe, PowerShell or Windows path parsing; also quotes.
const UNSAFE = /[%&|^<>"*?;`$\u0000-\u001f\u007f]/;
const UNSAFE_IN_LINE = /[%&|^<>*?;`$\u0000-\u001f\u007f]/;
// Invisible and direction-changing characters (bidi overrides, zero-width, BOM) and look-alikes of
// quotes and slashes that NFKC does not fold.
// eslint-disable-next-line no-misleading-character-class -- each invisible code point is listed on purpose, combining ones included
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u2018-\u201f\u2215\u2044\u29f5\u29f8\u29f9]/;

/** `allowQuotes`: a whole registry line may quote its program; parsed parts never keep quotes. */
export function unsafeTextRefusal(text: string, allowQuotes = false): CommandRefusal | null {
  const bad = (allowQuotes ? UNSAFE_IN_LINE : UNSAFE).exec(text);
  if (bad) return refusal('unsafe-characters', text, { character: describeChar(bad[0]) });
  if (INVISIBLE.test(text) || text.normalize('NFKC') !== text) return refusal('lookalike-characters', text);
  return null;
}

export function describeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).padStart(4, '0').toUpperCase()}` : c;
}

export function checkWindowsPath(path: string): CommandRefusal | null {
  if (path.startsWith('\\\\') || path.startsWith('//')) return refusal('network-path', path);
  const textProblem = unsafeTextRefusal(path);
  if (textProblem) return textProblem;
  if (!/^[A-Za-z]:\\/.test(path)) return refusal('not-absolute-path', path);
  if (path.includes('/')) return refusal('unparsable-command', path);
  if (path.indexOf(':', 2) !== -1) return refusal('unparsable-command', path); // alternate data streams
  const segments = path.slice(3).split('\\');
  // Empty, `.`/`..` segments, and names ending in a dot or space (Windows strips those silently,
  // so `uninst.exe.` or `..\` could point somewhere else than the text seems to say).
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[. ]$/.test(s))) {
    return refusal('relative-segments', path);
  }
  return null;
}

/** Case-insensitive "is `path` inside `folder`" on already-checked Windows paths. */
export function isInsideWindowsFolder(path: string, folder: string): boolean {
  const f = folder.replace(/\\+$/, '').toLowerCase();
  return path.toLowerCase().startsWith(`${f}\\`);
}

/** Joins a Windows folder and a file name. */
export function joinWindows(folder: string, name: string): string {
  return `${folder.replace(/\\+$/, '')}\\${name}`;
}

import type { CommandRefusal, UninstallCommand } from './plan-schema';
import type { CommandEnvironment } from './removal-input';
import type { RemovalInfo } from './removal-info';
import { macTeamIdFor } from '../signing/uninstaller-signers';
import { refusal } from './refusal';
import { describeChar } from './windows-path';

export type UnixBuild = { ok: true; command: UninstallCommand } | { ok: false; refusal: CommandRefusal };

const UNINSTALL_TIMEOUT_MS = 30 * 60_000;
/** Debian policy: lower case, digits, + - . ; at least two characters, starting alphanumeric. */
const DEB_NAME = /^[a-z0-9][a-z0-9+.-]{1,99}$/;
/** RPM names are wider (upper case, underscore) but never start with a dash (an option). */
const RPM_NAME = /^[A-Za-z0-9][A-Za-z0-9+._-]{0,99}$/;
/** A plain absolute POSIX path: letters, digits, space and a few punctuation marks. */
const SAFE_POSIX_PATH = /^\/[\p{L}\p{N} ._+,()-]+(?:\/[\p{L}\p{N} ._+,()-]+)*$/u;
/** Where a vendor's Mac uninstaller may live (research detection.md §2.1: the app, or the
 * `UninstallScript` under /Library/Application Support/Kaspersky Lab/…/Binaries). */
const MAC_UNINSTALLER_FOLDERS = ['/Applications/', '/Library/Application Support/'];

/**
 * Linux (issue 5, point 2): the package manager with the detected package names. `apt-get remove`
 * for dpkg machines (what the research's admin scripts use), `rpm -e` for rpm machines (it removes
 * exactly the named packages and refuses when something else still needs them).
 */
export function buildLinuxCommand(info: RemovalInfo, env: CommandEnvironment): UnixBuild {
  if (info.method !== 'package-manager' || info.packages.length === 0) {
    return { ok: false, refusal: refusal('no-uninstall-entry', `method ${info.method}, ${info.packages.length} packages`) };
  }
  // A manager detection named but SafeSwitch does not know is refused, not replaced by a guess.
  const manager = info.packageManager !== null ? normaliseManager(info.packageManager) : (env.packageManager ?? null);
  if (manager === null) return { ok: false, refusal: refusal('unknown-package-manager', info.packageManager ?? 'none') };
  const pattern = manager === 'dpkg' ? DEB_NAME : RPM_NAME;
  for (const name of info.packages) {
    if (!pattern.test(name)) return { ok: false, refusal: refusal('bad-package-name', name, { name: printable(name) }) };
  }
  const base = { kind: 'package-manager' as const, elevation: 'safeswitch-asks' as const, timeoutMs: UNINSTALL_TIMEOUT_MS, logFile: null, source: 'packages', signature: null, trust: null };
  return manager === 'dpkg'
    ? { ok: true, command: { ...base, file: '/usr/bin/apt-get', args: ['remove', '-y', ...info.packages] } }
    : { ok: true, command: { ...base, file: '/usr/bin/rpm', args: ['-e', ...info.packages] } };
}

function normaliseManager(manager: string): 'dpkg' | 'rpm' | null {
  const m = manager.toLowerCase();
  if (m === 'dpkg' || m === 'apt' || m === 'deb') return 'dpkg';
  if (m === 'rpm' || m === 'yum' || m === 'dnf' || m === 'zypper') return 'rpm';
  return null;
}

/**
 * macOS: the vendor's own uninstaller found on the machine. An uninstaller app opens with
 * `/usr/bin/open -W` (it asks for the Mac's password itself: "Kaspersky applications for Mac use
 * the system password"); an uninstall script runs through the system administrator prompt.
 */
export function buildMacCommand(info: RemovalInfo, vendor: string): UnixBuild {
  const path = info.uninstallerPath;
  if (path === null) {
    return { ok: false, refusal: refusal('no-uninstall-entry', `method ${info.method}, no uninstaller found`) };
  }
  const problem = checkPosixPath(path);
  if (problem) return { ok: false, refusal: problem };
  if (!MAC_UNINSTALLER_FOLDERS.some((folder) => path.startsWith(folder))) {
    return { ok: false, refusal: refusal('outside-app-folders', path) };
  }
  const base = { timeoutMs: UNINSTALL_TIMEOUT_MS, logFile: null, source: 'uninstallerPath', signature: null, trust: null };
  if (/\.app$/i.test(path)) {
    return { ok: true, command: { ...base, kind: 'mac-app', file: '/usr/bin/open', args: ['-W', '-n', path], elevation: 'program-asks' } };
  }
  if (/\.(command|sh|tool|pkg|dmg)$/i.test(path) || path.endsWith('/')) {
    return { ok: false, refusal: refusal('not-an-exe', path) };
  }
  // SafeSwitch raises this script itself, so it must carry the vendor's code signature (main
  // checks the team identifier with codesign before consent and again before launch). Without a
  // known team identifier it is a manual step.
  const teamId = macTeamIdFor(vendor);
  if (teamId === null) return { ok: false, refusal: refusal('no-known-signer', path, { vendor }) };
  return {
    ok: true,
    command: { ...base, kind: 'mac-script', file: path, args: [], elevation: 'safeswitch-asks', signature: { kind: 'mac-team-id', expectedSigners: [], teamId }, trust: null },
  };
}

export function checkPosixPath(path: string): CommandRefusal | null {
  if (!path.startsWith('/')) return refusal('not-absolute-path', path);
  if (path.startsWith('//')) return refusal('network-path', path);
  if (path.normalize('NFKC') !== path) return refusal('lookalike-characters', path);
  if (!SAFE_POSIX_PATH.test(path)) {
    const bad = [...path].find((c) => !/[\p{L}\p{N} ._+,()/-]/u.test(c)) ?? '';
    return bad === '' ? refusal('unparsable-command', path) : refusal('unsafe-characters', path, { character: describeChar(bad) });
  }
  if (path.split('/').some((s) => s === '.' || s === '..')) return refusal('relative-segments', path);
  return null;
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 60);
}

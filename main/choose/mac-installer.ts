import type { InstallerVerdict } from '@shared/journal/choose-section';
import type { CommandResult, CommandSpec } from '../system/system-port';
import type { SignatureJudgement } from './authenticode';
import { signerMatches } from '@shared/signing/signer-names';

/**
 * macOS: a .pkg is checked with `pkgutil --check-signature` before it is opened; a .dmg is a disk
 * image Gatekeeper checks when the app inside is first opened, so SafeSwitch only opens it.
 * Both open with /usr/bin/open, which hands them to Installer or Finder — the user sees the
 * vendor's own installer and macOS asks for the password itself.
 */
export function pkgutilSpec(path: string): CommandSpec {
  return { file: '/usr/sbin/pkgutil', args: ['--check-signature', path], timeoutMs: 60_000 };
}

export function openSpec(path: string): CommandSpec {
  return { file: '/usr/bin/open', args: [path], timeoutMs: 60_000 };
}

export interface PkgutilOutput {
  readonly status: string | null;
  /** `Developer ID Installer: Bitdefender SRL (GUNFMW623Y)` → `Bitdefender SRL`. */
  readonly signer: string | null;
  /** The first certificate line as printed, e.g. `Developer ID Installer: Bitdefender SRL (GUNFMW623Y)`. */
  readonly certificate: string | null;
}

export function parsePkgutilOutput(stdout: string): PkgutilOutput {
  const status = /^\s*Status:\s*(.+?)\s*$/m.exec(stdout)?.[1] ?? null;
  const certificate = /^\s*1\.\s+(.+?)\s*$/m.exec(stdout)?.[1] ?? null;
  const developerId = certificate ? /^Developer ID Installer:\s*(.+?)(?:\s*\([A-Z0-9]{10}\))?$/.exec(certificate) : null;
  return { status, certificate, signer: developerId?.[1] ?? null };
}

/**
 * `signed by a developer certificate issued by Apple for distribution` (Developer ID) → check the
 * name; `no signature` → unsigned; any other status (untrusted, expired, revoked) → invalid.
 */
export function judgePkgutil(result: CommandResult, expectedSigners: readonly string[]): SignatureJudgement {
  const out = parsePkgutilOutput(result.stdout);
  const base = { signer: out.signer, subject: out.certificate, status: out.status, statusMessage: null };
  const status = (out.status ?? '').toLowerCase();
  let verdict: InstallerVerdict;
  if (result.spawnError || result.timedOut || !out.status) verdict = 'check-failed';
  else if (status.startsWith('no signature')) verdict = 'unsigned';
  else if (result.exitCode !== 0 || !status.startsWith('signed by a developer certificate issued by apple')) verdict = 'invalid';
  else if (expectedSigners.length === 0) verdict = 'unknown-signer';
  else verdict = signerMatches([out.signer], expectedSigners) ? 'signed-by-vendor' : 'wrong-signer';
  return { ...base, verdict };
}

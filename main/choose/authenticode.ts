import type { InstallerVerdict } from '@shared/journal/choose-section';
import type { CommandResult, CommandSpec } from '../system/system-port';
import { powershellSpec, quotePowerShellLiteral } from './powershell-command';
import { parseDistinguishedName, signerMatches } from '@shared/signing/signer-names';

/**
 * Windows: `Get-AuthenticodeSignature` on the installer the user picked. The fixed part of the
 * script comes first and the quoted path last, so the start of the -EncodedCommand text is the same
 * for every file (a simulated machine's scenario can match on AUTHENTICODE_SCRIPT_MARKER).
 * Output is one `Key: value` line per field, in UTF-8 (certificate names are not always ASCII).
 */
const INSTALLER_MARKER = '# SafeSwitch: check the signature of an installer';
/** After the marker: the fixed part, the same for every file and for every caller. */
const SCRIPT_BODY = [
  "$ErrorActionPreference = 'Stop'",
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  'function Show-Signature([string]$Path) {',
  '  $s = Get-AuthenticodeSignature -LiteralPath $Path',
  "  'Status: ' + [string]$s.Status",
  "  'StatusMessage: ' + (([string]$s.StatusMessage) -replace '[\\r\\n]+', ' ')",
  '  if ($s.SignerCertificate) {',
  "    'Subject: ' + $s.SignerCertificate.Subject",
  "    'Issuer: ' + $s.SignerCertificate.Issuer",
  "    'Thumbprint: ' + $s.SignerCertificate.Thumbprint",
  "    'NotAfter: ' + $s.SignerCertificate.NotAfter.ToString('o')",
  '  }',
  '}',
].join('\n');

/** The script's first line; its UTF-16LE Base64 starts every authenticode -EncodedCommand. */
export const AUTHENTICODE_SCRIPT_MARKER = INSTALLER_MARKER;

/**
 * The signature script for `path`, starting with `marker` (each caller's own first line, so a
 * scenario can tell an installer check from an uninstaller check), then `extra` PowerShell lines.
 */
export function authenticodeScriptWith(marker: string, path: string, extra: readonly string[] = []): string {
  return [marker, SCRIPT_BODY, `Show-Signature ${quotePowerShellLiteral(path)}`, ...extra, ''].join('\n');
}

export function authenticodeScript(path: string): string {
  return authenticodeScriptWith(INSTALLER_MARKER, path);
}

export function authenticodeSpec(path: string): CommandSpec {
  return powershellSpec(authenticodeScript(path), 60_000);
}

export interface AuthenticodeOutput {
  readonly status: string | null;
  readonly statusMessage: string | null;
  readonly subject: string | null;
  readonly issuer: string | null;
  readonly thumbprint: string | null;
}

/** Reads the `Key: value` lines; unknown lines are ignored, a missing key stays null. */
export function parseAuthenticodeOutput(stdout: string): AuthenticodeOutput {
  const fields = new Map<string, string>();
  for (const line of stdout.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const match = /^(Status|StatusMessage|Subject|Issuer|Thumbprint|NotAfter):\s?(.*)$/.exec(line);
    if (match && !fields.has(match[1] as string)) fields.set(match[1] as string, (match[2] as string).trim());
  }
  const get = (key: string): string | null => {
    const value = fields.get(key);
    return value === undefined || value === '' ? null : value;
  };
  return { status: get('Status'), statusMessage: get('StatusMessage'), subject: get('Subject'), issuer: get('Issuer'), thumbprint: get('Thumbprint') };
}

/** The name a person would recognise: the certificate's CN, else its O. */
export function signerNameOf(subject: string | null): string | null {
  if (!subject) return null;
  const dn = parseDistinguishedName(subject);
  return dn.get('CN') ?? dn.get('O') ?? null;
}

export interface SignatureJudgement {
  readonly verdict: InstallerVerdict;
  readonly signer: string | null;
  readonly subject: string | null;
  readonly status: string | null;
  readonly statusMessage: string | null;
}

/**
 * Valid and signed by one of the vendor's names → may run. NotSigned → unsigned. Any other status
 * (HashMismatch, NotTrusted, UnknownError, Incompatible) → invalid. A run that printed no status
 * (PowerShell missing, timed out) → check-failed: never treated as signed.
 */
export function judgeAuthenticode(result: CommandResult, expectedSigners: readonly string[]): SignatureJudgement {
  const out = parseAuthenticodeOutput(result.stdout);
  const signer = signerNameOf(out.subject);
  const base = { signer, subject: out.subject, status: out.status, statusMessage: out.statusMessage };
  if (result.spawnError || result.timedOut || result.exitCode !== 0 || !out.status) {
    return { ...base, verdict: 'check-failed' };
  }
  switch (out.status) {
    case 'Valid': {
      if (expectedSigners.length === 0) return { ...base, verdict: 'unknown-signer' };
      const dn = out.subject ? parseDistinguishedName(out.subject) : new Map<string, string>();
      const ok = signerMatches([dn.get('CN'), dn.get('O')], expectedSigners);
      return { ...base, verdict: ok ? 'signed-by-vendor' : 'wrong-signer' };
    }
    case 'NotSigned':
      return { ...base, verdict: 'unsigned' };
    case 'NotSupportedFileFormat':
      return { ...base, verdict: 'wrong-type' };
    default:
      return { ...base, verdict: 'invalid' };
  }
}

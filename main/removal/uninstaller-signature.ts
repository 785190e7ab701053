import type { UninstallCommand } from '@shared/removal';
import type { UninstallerCheck } from '@shared/removal/signature-gate';
import { authenticodeScriptWith, judgeAuthenticode, parseAuthenticodeOutput, signerNameOf } from '../choose/authenticode';
import { powershellSpec, quotePowerShellLiteral } from '../choose/powershell-command';
import type { CommandResult, SystemPort } from '../system/system-port';

/**
 * The signature of the one program SafeSwitch would raise (issue 12): checked before the consent
 * page offers Remove, its SHA-256 pinned, and both checked again right before launch.
 *
 * Windows: Get-AuthenticodeSignature (valid, and the signer among the vendor's names) and
 * Get-FileHash, in one PowerShell run whose script starts with UNINSTALLER_CHECK_MARKER so a
 * scenario can script its answer. macOS: `codesign --verify --strict`, the TeamIdentifier from
 * `codesign -dv`, and `shasum -a 256`.
 */
export const UNINSTALLER_CHECK_MARKER = '# SafeSwitch: check the signature of an uninstaller';

/** Choose's Authenticode script (the same fields, read by the same parser), plus the file's SHA-256. */
export function uninstallerCheckScript(path: string): string {
  return authenticodeScriptWith(UNINSTALLER_CHECK_MARKER, path, [`'Sha256: ' + (Get-FileHash -LiteralPath ${quotePowerShellLiteral(path)} -Algorithm SHA256).Hash`]);
}

const SHA256 = /^[0-9a-f]{64}$/;

function sha256From(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(text)?.[1]?.toLowerCase() ?? null;
  return found !== null && SHA256.test(found) ? found : null;
}

async function checkWindows(system: SystemPort, command: UninstallCommand, expected: readonly string[]): Promise<Omit<UninstallerCheck, 'checkedAt'>> {
  const result = await system.run(powershellSpec(uninstallerCheckScript(command.file), 60_000));
  const judged = judgeAuthenticode(result, expected);
  const sha256 = sha256From(result.stdout, /^Sha256:\s*([0-9A-Fa-f]{64})\s*$/m);
  const signer = signerNameOf(parseAuthenticodeOutput(result.stdout).subject);
  const verdict =
    judged.verdict === 'signed-by-vendor' ? 'trusted'
    : judged.verdict === 'wrong-signer' || judged.verdict === 'unknown-signer' ? 'wrong-signer'
    : judged.verdict === 'unsigned' ? 'unsigned'
    : judged.verdict === 'check-failed' ? 'check-failed'
    : 'invalid';
  // A trusted signature on a file SafeSwitch could not hash cannot be pinned: not trusted.
  return { file: command.file, verdict: verdict === 'trusted' && sha256 === null ? 'check-failed' : verdict, signer, sha256 };
}

const ran = (r: CommandResult): boolean => !r.spawnError && !r.timedOut;

async function checkMac(system: SystemPort, command: UninstallCommand, teamId: string): Promise<Omit<UninstallerCheck, 'checkedAt'>> {
  const verify = await system.run({ file: '/usr/bin/codesign', args: ['--verify', '--strict', '--verbose=1', command.file], timeoutMs: 60_000 });
  const details = await system.run({ file: '/usr/bin/codesign', args: ['-dv', '--verbose=2', command.file], timeoutMs: 60_000 });
  const hash = await system.run({ file: '/usr/bin/shasum', args: ['-a', '256', command.file], timeoutMs: 60_000 });
  const sha256 = ran(hash) && hash.exitCode === 0 ? sha256From(hash.stdout, /^([0-9a-fA-F]{64})\s/m) : null;
  const text = `${details.stdout}\n${details.stderr}`;
  const team = /^TeamIdentifier=(\S+)\s*$/m.exec(text)?.[1] ?? null;
  const signer = /^Authority=(.+)$/m.exec(text)?.[1]?.trim() ?? null;
  const base = { file: command.file, signer, sha256 };
  if (!ran(verify) || !ran(details)) return { ...base, verdict: 'check-failed' };
  if (verify.exitCode !== 0) {
    const said = `${verify.stdout}\n${verify.stderr}`;
    return { ...base, verdict: /not signed at all/i.test(said) ? 'unsigned' : 'invalid' };
  }
  if (team !== teamId) return { ...base, verdict: 'wrong-signer' };
  return { ...base, verdict: sha256 === null ? 'check-failed' : 'trusted' };
}

/** The check of a command that needs one; null for a command SafeSwitch does not raise itself. */
export async function checkUninstaller(system: SystemPort, command: UninstallCommand): Promise<UninstallerCheck | null> {
  const wanted = command.signature;
  if (!wanted) return null;
  const checkedAt = system.now().toISOString();
  if (wanted.kind === 'authenticode' && system.machine.platform === 'win32') {
    return { ...(await checkWindows(system, command, wanted.expectedSigners)), checkedAt };
  }
  if (wanted.kind === 'mac-team-id' && system.machine.platform === 'darwin' && wanted.teamId) {
    return { ...(await checkMac(system, command, wanted.teamId)), checkedAt };
  }
  return { file: command.file, verdict: 'check-failed', signer: null, sha256: null, checkedAt };
}

import type { InstallerCheck, InstallerRun, InstallerRunOutcome } from '@shared/journal/choose-section';
import type { CommandResult, CommandSpec, SystemPort } from '../system/system-port';
import { sha256OfFile } from './installer-files';
import { openSpec } from './mac-installer';
import { windowsSystemRoot } from './powershell-command';

/** Why SafeSwitch will not run the installer; the screen says what to do about each. */
export class InstallerRefusedError extends Error {
  constructor(
    readonly reason: 'not-checked' | 'check-refused' | 'changed' | 'not-supported',
    message: string,
  ) {
    super(message);
  }
}

// An installer may download the product and wait for the user; it gets an hour before we stop waiting.
const INSTALLER_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * The command that starts a checked installer. Windows: the .exe itself (its manifest asks for
 * administrator rights through Windows' own prompt) or msiexec /i for an .msi; macOS: /usr/bin/open.
 * The path is the one main checked, passed as one argument — never through a shell.
 */
export function installerSpec(check: InstallerCheck, platform: string): CommandSpec | null {
  if (platform === 'win32' && check.kind === 'exe') return { file: check.path, args: [], timeoutMs: INSTALLER_TIMEOUT_MS };
  if (platform === 'win32' && check.kind === 'msi') {
    return { file: `${windowsSystemRoot()}\\System32\\msiexec.exe`, args: ['/i', check.path], timeoutMs: INSTALLER_TIMEOUT_MS };
  }
  if (platform === 'darwin' && (check.kind === 'pkg' || check.kind === 'dmg')) return openSpec(check.path);
  return null;
}

/** Windows Installer's codes: 1602 = the user cancelled, 3010/1641 = done but a restart is needed. */
export function classifyInstallerExit(result: CommandResult, platform: string): InstallerRunOutcome {
  if (result.spawnError) return 'could-not-start';
  if (platform === 'darwin') return result.exitCode === 0 ? 'opened' : 'could-not-start';
  if (result.exitCode === 0) return 'finished';
  if (result.exitCode === 3010 || result.exitCode === 1641) return 'restart-needed';
  if (result.exitCode === 1602 || result.exitCode === 1223) return 'cancelled';
  return 'failed';
}

/**
 * Runs the installer the user checked and agreed to, but only if the stored check allows it and the
 * file is still byte for byte the one that was checked (nobody swapped it in between).
 */
export async function runCheckedInstaller(
  system: SystemPort,
  check: InstallerCheck | null | undefined,
  request: { readonly productId: string; readonly path: string },
): Promise<InstallerRun> {
  if (!check || check.productId !== request.productId || check.path !== request.path) {
    throw new InstallerRefusedError('not-checked', 'SafeSwitch has not checked this installer yet. Please check it first.');
  }
  if (!check.canRun) {
    throw new InstallerRefusedError('check-refused', 'SafeSwitch will not run this installer: its check did not pass.');
  }
  const spec = installerSpec(check, system.machine.platform);
  if (!spec) throw new InstallerRefusedError('not-supported', 'SafeSwitch cannot run this kind of installer on this computer.');
  if ((await sha256OfFile(check.path)) !== check.sha256) {
    throw new InstallerRefusedError('changed', 'The installer file changed after SafeSwitch checked it. Please check it again.');
  }
  const startedAt = system.now().toISOString();
  const result = await system.run(spec);
  return {
    productId: check.productId,
    path: check.path,
    argv: [spec.file, ...spec.args],
    startedAt,
    finishedAt: system.now().toISOString(),
    exitCode: result.exitCode,
    outcome: classifyInstallerExit(result, system.machine.platform),
  };
}

import type { CommandRefusal, UninstallCommand } from './plan-schema';
import type { CommandEnvironment } from './removal-input';
import type { RemovalInfo } from './removal-info';
import { uninstallerSignersFor } from '../signing/uninstaller-signers';
import { readMsiexecArguments } from './msiexec-arguments';
import { isNeverUninstaller } from './never-uninstallers';
import { nonCanonicalReason, productFolders } from './product-folders';
import { refusal } from './refusal';
import { parseWindowsCommandLine } from './windows-command-line';
import { checkWindowsPath, isInsideWindowsFolder, joinWindows, unsafeTextRefusal } from './windows-path';

export type WindowsBuild = { ok: true; command: UninstallCommand } | { ok: false; refusal: CommandRefusal };

const GUID = /^\{[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}\}$/;
const DEFAULT_SYSTEM_ROOT = 'C:\\Windows';
/** A suite's uninstaller can take several minutes; past this SafeSwitch stops waiting. */
const UNINSTALL_TIMEOUT_MS = 30 * 60_000;
/** Uninstaller arguments are short switches; a long one is not from a real vendor. */
const MAX_ARG_LENGTH = 260;

/**
 * Builds the Windows uninstall command from the detected entry only (issue 5, point 2; issue 12):
 * - `MsiExec.exe /X{GUID}` (display and restart switches aside) or a product code ->
 *   `%SystemRoot%\System32\msiexec.exe /x {GUID} /passive /norestart /l*v <log>`; msiexec raises
 *   its own UAC prompt. Any other msiexec argument is refused (msiexec-arguments.ts).
 * - an uninstaller .exe -> program + arguments (CommandLineToArgvW rules), only when it lies inside
 *   the product's own folder under Program Files, on a canonical path, is not a program that is
 *   never an uninstaller, and (checked by main) carries the vendor's valid signature.
 * - a per-user entry (HKCU / a user's hive) is never run: any program the user runs can write it,
 *   and security products register machine-wide. It becomes a manual step that says why, rather
 *   than an unelevated run, which could still start a planted program as the user.
 * Anything else is refused with a plain reason and becomes a manual step.
 */
export function buildWindowsCommand(info: RemovalInfo, env: CommandEnvironment, productId: string, vendor: string): WindowsBuild {
  const systemRoot = env.systemRoot ?? DEFAULT_SYSTEM_ROOT;
  const view = String(info.registryView);
  if (/user|hku|hkcu/i.test(view)) {
    return { ok: false, refusal: refusal('per-user-entry', view) };
  }
  const strings = [info.uninstallString, info.quietUninstallString].filter((s): s is string => s !== null);

  // An MSI entry wins: msiexec's own prompt and log are the best-understood path.
  const msi = findMsiProductCode(info, strings, systemRoot);
  if (msi !== null && msi.ok) return { ok: true, command: msiexecCommand(msi.code, msi.source, env, systemRoot, productId) };
  if (msi !== null) return { ok: false, refusal: msi.refusal };

  if (strings.length === 0) {
    return { ok: false, refusal: refusal('no-uninstall-entry', 'no UninstallString, QuietUninstallString or product code') };
  }
  // The quiet string runs without the vendor's questions; prefer the normal one so the user sees
  // the vendor's own uninstaller (it may offer to keep licence or settings).
  const line = strings[0] as string;
  return exeCommand(line, line === info.uninstallString ? 'uninstallString' : 'quietUninstallString', info, env, vendor);
}

/** null: no msiexec entry and no product code to use, so not an MSI removal. */
type MsiFind = { ok: true; code: string; source: string } | { ok: false; refusal: CommandRefusal } | null;

function findMsiProductCode(info: RemovalInfo, strings: readonly string[], systemRoot: string): MsiFind {
  for (const line of strings) {
    const argv = parseWindowsCommandLine(line);
    // A non-blank line always parses to at least the program.
    const program = argv[0] as string;
    if (!isMsiexec(program)) continue;
    // The whole string is checked even though only the GUID is kept: a tampered entry is refused
    // rather than quietly repaired.
    const unsafe = unsafeTextRefusal(line, true) ?? firstUnsafe(argv);
    if (unsafe) return { ok: false, refusal: unsafe };
    if (/[\\/]/.test(program) && !isSystemMsiexec(program, systemRoot)) {
      return { ok: false, refusal: refusal('msiexec-outside-system', program) };
    }
    const read = readMsiexecArguments(argv.slice(1), line, info.registryKey);
    if (!read.ok) return { ok: false, refusal: read.refusal };
    return { ok: true, code: read.code, source: line === info.uninstallString ? 'uninstallString' : 'quietUninstallString' };
  }
  if (info.productCode !== null && strings.length === 0) {
    if (!GUID.test(info.productCode)) return { ok: false, refusal: refusal('bad-product-code', info.productCode) };
    return { ok: true, code: info.productCode, source: 'productCode' };
  }
  return null;
}

/** Scripts and other non-programs: never run (Node refuses .bat/.cmd without a shell anyway). */
const SCRIPT_EXTENSIONS = /\.(bat|cmd|com|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|msi|msp|lnk|scr|pif|cpl)\b/i;

/** After parsing, a quote left inside a part means the string was built to confuse a parser. */
function firstUnsafe(parts: readonly string[]): CommandRefusal | null {
  for (const part of parts) {
    const problem = unsafeTextRefusal(part);
    if (problem) return problem;
  }
  return null;
}

function isMsiexec(program: string): boolean {
  const name = (program.split(/[\\/]/).pop() as string).toLowerCase();
  return name === 'msiexec' || name === 'msiexec.exe';
}

function isSystemMsiexec(program: string, systemRoot: string): boolean {
  const p = program.toLowerCase().replace(/(\.exe)?$/, '.exe');
  return [`${systemRoot}\\System32\\msiexec.exe`, `${systemRoot}\\SysWOW64\\msiexec.exe`].some((ok) => ok.toLowerCase() === p);
}

function msiexecCommand(code: string, source: string, env: CommandEnvironment, systemRoot: string, productId: string): UninstallCommand {
  const logFile = joinWindows(env.logFolder, `uninstall-${safeFileStem(productId)}-msiexec.log`);
  return {
    kind: 'msiexec',
    file: `${systemRoot}\\System32\\msiexec.exe`,
    args: ['/x', code, '/passive', '/norestart', '/l*v', logFile],
    elevation: 'program-asks',
    timeoutMs: UNINSTALL_TIMEOUT_MS,
    logFile,
    source,
    signature: null, trust: null,
  };
}

export function safeFileStem(id: string): string {
  const stem = id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return stem === '' ? 'product' : stem;
}

function exeCommand(line: string, source: string, info: RemovalInfo, env: CommandEnvironment, vendor: string): WindowsBuild {
  // Network and device paths (\\server\…, \\?\…) are refused by checkWindowsPath below.
  const unsafe = unsafeTextRefusal(line, true);
  if (unsafe) return { ok: false, refusal: unsafe };
  const split = splitProgram(line);
  if (split === null) {
    const code = SCRIPT_EXTENSIONS.test(line) ? 'not-an-exe' : 'unparsable-command';
    return { ok: false, refusal: refusal(code, line) };
  }
  const { program, args } = split;
  const leftover = firstUnsafe([program, ...args]);
  if (leftover) return { ok: false, refusal: leftover };

  const pathProblem = checkWindowsPath(program);
  if (pathProblem) return { ok: false, refusal: pathProblem };
  if (!/\.exe$/i.test(program)) return { ok: false, refusal: refusal('not-an-exe', program) };
  if (isNeverUninstaller(program)) return { ok: false, refusal: refusal('not-an-uninstaller', program, { file: program.slice(program.lastIndexOf('\\') + 1) }) };
  const canon = nonCanonicalReason(program);
  if (canon === 'short-name') return { ok: false, refusal: refusal('short-name-path', program) };
  if (canon === 'windows-old') return { ok: false, refusal: refusal('windows-old-path', program) };

  if (!productFolders(info, env).some((folder) => isInsideWindowsFolder(program, folder))) {
    return { ok: false, refusal: refusal('outside-product-folder', program) };
  }
  for (const arg of args) {
    if (arg.length > MAX_ARG_LENGTH || arg === '') return { ok: false, refusal: refusal('unparsable-command', line) };
  }
  const expectedSigners = uninstallerSignersFor(vendor);
  if (expectedSigners.length === 0) return { ok: false, refusal: refusal('no-known-signer', program, { vendor }) };
  return {
    ok: true,
    command: {
      kind: 'exe-uninstaller',
      file: program,
      args,
      elevation: 'safeswitch-asks',
      timeoutMs: UNINSTALL_TIMEOUT_MS,
      logFile: null,
      source,
      signature: { kind: 'authenticode', expectedSigners: [...expectedSigners], teamId: null },
      trust: null,
    },
  };
}

/**
 * Program + arguments. A quoted program name ends at its closing quote (CommandLineToArgvW). An
 * unquoted one with spaces, common in real entries (`C:\Program Files\X\uninst.exe /S`), is read
 * the way CreateProcess resolves it: up to the first `.exe` followed by a space or the end.
 */
function splitProgram(line: string): { program: string; args: string[] } | null {
  const trimmed = line.trim();
  if (trimmed.startsWith('"')) {
    const argv = parseWindowsCommandLine(trimmed);
    const program = argv[0] as string;
    if (program === '' || trimmed.indexOf('"', 1) === -1) return null;
    return { program, args: argv.slice(1) };
  }
  // exec finds the leftmost match, which starts at 0 whenever there is one (no line breaks here).
  const m = /(.+?\.exe)(?=[ \t]|$)/i.exec(trimmed);
  if (!m) return null;
  const program = m[1] as string;
  return { program, args: parseWindowsCommandLine(`x${trimmed.slice(program.length)}`).slice(1) };
}

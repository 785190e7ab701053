import type { CommandRefusal, UninstallCommand } from './plan-schema';
import type { CommandEnvironment } from './removal-input';
import type { RemovalInfo } from './removal-info';
import { refusal } from './refusal';
import { parseWindowsCommandLine } from './windows-command-line';
import { checkWindowsPath, isInsideWindowsFolder, joinWindows, unsafeTextRefusal } from './windows-path';

export type WindowsBuild = { ok: true; command: UninstallCommand } | { ok: false; refusal: CommandRefusal };

const GUID = /^\{[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}\}$/;
const DEFAULT_SYSTEM_ROOT = 'C:\\Windows';
const DEFAULT_PROGRAM_FILES = ['C:\\Program Files', 'C:\\Program Files (x86)'];
/** A suite's uninstaller can take several minutes; past this SafeSwitch stops waiting. */
const UNINSTALL_TIMEOUT_MS = 30 * 60_000;
/** Uninstaller arguments are short switches; a long one is not from a real vendor. */
const MAX_ARG_LENGTH = 260;

/**
 * Builds the Windows uninstall command from the detected entry only (issue 5, point 2):
 * - `MsiExec.exe /X{GUID}` or `/I{GUID}` (or a product code) ->
 *   `%SystemRoot%\System32\msiexec.exe /x {GUID} /passive /norestart /l*v <log>`; msiexec raises
 *   its own UAC prompt; nothing else from the registry string is kept.
 * - an uninstaller .exe -> program + arguments (CommandLineToArgvW rules), only when it lives under
 *   Program Files or the product's own install folder; SafeSwitch raises the prompt for it.
 * Anything else is refused with a plain reason and becomes a manual step.
 */
export function buildWindowsCommand(info: RemovalInfo, env: CommandEnvironment, productId: string): WindowsBuild {
  const systemRoot = env.systemRoot ?? DEFAULT_SYSTEM_ROOT;
  const strings = [info.uninstallString, info.quietUninstallString].filter((s): s is string => s !== null);

  // An MSI entry wins: msiexec's own prompt and log are the best-understood path.
  const msi = findMsiProductCode(info, strings, systemRoot);
  if (msi.ok) return { ok: true, command: msiexecCommand(msi.code, msi.source, env, systemRoot, productId) };
  if (msi.refusal) return { ok: false, refusal: msi.refusal };

  if (strings.length === 0) {
    return { ok: false, refusal: refusal('no-uninstall-entry', 'no UninstallString, QuietUninstallString or product code') };
  }
  // The quiet string runs without the vendor's questions; prefer the normal one so the user sees
  // the vendor's own uninstaller (it may offer to keep licence or settings).
  const source = info.uninstallString !== null ? 'uninstallString' : 'quietUninstallString';
  const line = info.uninstallString ?? info.quietUninstallString ?? '';
  return exeCommand(line, source, info, env);
}

type MsiFind = { ok: true; code: string; source: string } | { ok: false; refusal: CommandRefusal | null };

function findMsiProductCode(info: RemovalInfo, strings: readonly string[], systemRoot: string): MsiFind {
  for (const line of strings) {
    const argv = parseWindowsCommandLine(line);
    const program = argv[0] ?? '';
    if (!isMsiexec(program)) continue;
    // The whole string is checked even though only the GUID is kept: a tampered entry is refused
    // rather than quietly repaired.
    const unsafe = unsafeTextRefusal(line, true) ?? firstUnsafe(argv);
    if (unsafe) return { ok: false, refusal: unsafe };
    if (/[\\/]/.test(program) && !isSystemMsiexec(program, systemRoot)) {
      return { ok: false, refusal: refusal('msiexec-outside-system', program) };
    }
    const code = productCodeFromArgs(argv.slice(1));
    if (code === null) return { ok: false, refusal: refusal('bad-product-code', line) };
    return { ok: true, code, source: line === info.uninstallString ? 'uninstallString' : 'quietUninstallString' };
  }
  if (info.productCode !== null && strings.length === 0) {
    if (!GUID.test(info.productCode)) return { ok: false, refusal: refusal('bad-product-code', info.productCode) };
    return { ok: true, code: info.productCode, source: 'productCode' };
  }
  return { ok: false, refusal: null };
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
  const name = (program.split(/[\\/]/).pop() ?? '').toLowerCase();
  return name === 'msiexec' || name === 'msiexec.exe';
}

function isSystemMsiexec(program: string, systemRoot: string): boolean {
  const p = program.toLowerCase().replace(/(\.exe)?$/, '.exe');
  return [`${systemRoot}\\System32\\msiexec.exe`, `${systemRoot}\\SysWOW64\\msiexec.exe`].some((ok) => ok.toLowerCase() === p);
}

/** `/X{GUID}`, `/I{GUID}`, `/x {GUID}`, `-x {GUID}`, `/uninstall {GUID}`: only the GUID is taken. */
function productCodeFromArgs(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const m = /^[/-](x|i|uninstall|package)(.*)$/i.exec(args[i] ?? '');
    if (!m) continue;
    const attached = m[2] ?? '';
    const candidate = attached !== '' ? attached : (args[i + 1] ?? '');
    return GUID.test(candidate) ? candidate.toUpperCase() : null;
  }
  return null;
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
  };
}

export function safeFileStem(id: string): string {
  const stem = id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return stem === '' ? 'product' : stem;
}

function exeCommand(line: string, source: string, info: RemovalInfo, env: CommandEnvironment): WindowsBuild {
  if (/^"?(\\\\|\/\/)/.test(line.trim())) return { ok: false, refusal: refusal('network-path', line) };
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

  const folders = [...(env.programFiles ?? DEFAULT_PROGRAM_FILES)];
  if (info.installLocation !== null && isAcceptableInstallFolder(info.installLocation, env)) {
    folders.push(info.installLocation);
  }
  if (!folders.some((f) => isInsideWindowsFolder(program, f))) {
    return { ok: false, refusal: refusal('outside-program-folders', program) };
  }
  for (const arg of args) {
    if (arg.length > MAX_ARG_LENGTH || arg === '') return { ok: false, refusal: refusal('unparsable-command', line) };
  }
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
    const program = argv[0] ?? '';
    if (program === '' || trimmed.indexOf('"', 1) === -1) return null;
    return { program, args: argv.slice(1) };
  }
  const m = /^(.+?\.exe)(?=[ \t]|$)/i.exec(trimmed);
  if (!m || m[1] === undefined) return null;
  const rest = trimmed.slice(m[1].length);
  return { program: m[1], args: parseWindowsCommandLine(`x${rest}`).slice(1) };
}

/**
 * The product's own folder counts as a home for its uninstaller only when it is a real program
 * folder: a plain local path at least two levels deep, not Windows itself, a user profile or
 * ProgramData (writable by others or not a program folder at all).
 */
function isAcceptableInstallFolder(folder: string, env: CommandEnvironment): boolean {
  const f = folder.replace(/\\+$/, '');
  if (checkWindowsPath(f) !== null) return false;
  if (f.slice(3).split('\\').length < 2) return false;
  const systemRoot = env.systemRoot ?? DEFAULT_SYSTEM_ROOT;
  const forbidden = [systemRoot, 'C:\\Users', 'C:\\ProgramData', 'C:\\Windows', `${f.slice(0, 2)}\\Users`, `${f.slice(0, 2)}\\Temp`];
  return !forbidden.some((bad) => f.toLowerCase() === bad.toLowerCase() || isInsideWindowsFolder(f, bad));
}

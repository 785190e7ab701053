import type { CommandSpec } from '../system/system-port';

/**
 * Windows PowerShell by absolute path, never through a shell. Text that came from outside the app
 * (a file path the user picked) goes into the script only as a single-quoted literal, and the whole
 * script travels as -EncodedCommand, so neither the Windows command line nor PowerShell re-parses it.
 */

/** `%SystemRoot%` when it looks like a drive path, else the Windows default. */
export function windowsSystemRoot(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? env.windir;
  return root && /^[A-Za-z]:\\[^"<>|?*\n\r]*$/.test(root) ? root.replace(/\\+$/, '') : 'C:\\Windows';
}

export function powershellPath(env?: Readonly<Record<string, string | undefined>>): string {
  return `${windowsSystemRoot(env)}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;
}

/**
 * PowerShell treats the typographic quotes U+2018–U+201B like `'`, so each of them is doubled too;
 * inside single quotes nothing else is special (no `$`, no backtick escapes).
 */
export function quotePowerShellLiteral(text: string): string {
  if (/[\0\r\n]/.test(text)) throw new Error('text for PowerShell must not contain NUL or line breaks');
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

/** -EncodedCommand takes Base64 of the script's UTF-16LE bytes. */
export function encodePowerShellScript(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

export function decodePowerShellScript(encoded: string): string {
  return Buffer.from(encoded, 'base64').toString('utf16le');
}

export function powershellSpec(script: string, timeoutMs = 60_000): CommandSpec {
  return {
    file: powershellPath(),
    args: ['-NoProfile', '-NonInteractive', '-EncodedCommand', encodePowerShellScript(script)],
    timeoutMs,
  };
}

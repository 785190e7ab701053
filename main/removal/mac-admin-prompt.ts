import type { CommandSpec } from '../system/system-port';

/**
 * macOS: raise the system administrator prompt for one command through
 * `/usr/bin/osascript -e 'do shell script … with administrator privileges'`. `do shell script`
 * hands its text to /bin/sh, so every part goes through AppleScript's own `quoted form of` (which
 * single-quotes for sh); the parts themselves are AppleScript string literals with \ and " escaped.
 * Control characters are refused: nothing SafeSwitch builds contains them.
 */
export function appleScriptString(text: string): string {
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new Error('control character in a command for the administrator prompt');
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function buildAdminAppleScript(file: string, args: readonly string[]): string {
  const parts = [file, ...args].map((part) => `quoted form of ${appleScriptString(part)}`);
  return `do shell script ${parts.join(' & " " & ')} with administrator privileges`;
}

export function osascriptAdminSpec(spec: CommandSpec): CommandSpec {
  return { file: '/usr/bin/osascript', args: ['-e', buildAdminAppleScript(spec.file, spec.args)], timeoutMs: spec.timeoutMs };
}

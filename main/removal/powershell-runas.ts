import type { CommandSpec } from '../system/system-port';

/**
 * UNSAFE-adjacent: the one place that raises a Windows UAC prompt for a single command
 * (research electron.md §7, the electron-updater pattern). The app stays unelevated; PowerShell is
 * started by absolute path with an encoded script, so no shell ever parses registry text:
 * - every argument is first quoted with Windows command-line rules (Start-Process joins
 *   -ArgumentList with spaces and does not quote), then put in a PowerShell single-quoted string
 *   where ' and its look-alikes U+2018-U+201B are doubled;
 * - the script exits with the uninstaller's exit code, or 1223 when the user declines the prompt.
 */

export const UAC_DECLINED_EXIT_CODE = 1223;

/** PowerShell treats ' and U+2018-U+201B all as single quotes; doubling each one escapes it. */
export function escapePowerShellSingleQuoted(text: string): string {
  return text.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&');
}

/**
 * Quotes one argument so CommandLineToArgvW reads it back unchanged (libuv's quote_cmd_arg rules):
 * backslashes are doubled only before a quote or the closing quote.
 */
export function quoteWindowsArg(arg: string): string {
  if (arg === '') return '""';
  if (!/[\s"]/.test(arg)) return arg;
  let out = '"';
  let backslashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      backslashes++;
      continue;
    }
    if (ch === '"') {
      out += `${'\\'.repeat(backslashes * 2 + 1)}"`;
    } else {
      out += `${'\\'.repeat(backslashes)}${ch}`;
    }
    backslashes = 0;
  }
  return `${out}${'\\'.repeat(backslashes * 2)}"`;
}

const psString = (text: string): string => `'${escapePowerShellSingleQuoted(text)}'`;

/** The script PowerShell runs: start one program elevated, wait, pass its exit code back. */
export function buildRunAsScript(file: string, args: readonly string[]): string {
  const argumentList = args.length > 0 ? ` -ArgumentList @(${args.map((a) => psString(quoteWindowsArg(a))).join(', ')})` : '';
  return [
    "$ErrorActionPreference = 'Stop'",
    // Load Start-Process from PowerShell's own folder, not from whatever PSModulePath says.
    "Import-Module -Name (Join-Path $PSHOME 'Modules\\Microsoft.PowerShell.Management\\Microsoft.PowerShell.Management.psd1')",
    'try {',
    `  $p = Start-Process -FilePath ${psString(file)}${argumentList} -Verb RunAs -Wait -PassThru`,
    "  if ($null -eq $p.ExitCode) { [Console]::Error.WriteLine('exit code unknown'); exit 1 }",
    '  exit $p.ExitCode',
    '} catch {',
    '  $e = $_.Exception',
    '  while ($null -ne $e) {',
    `    if ($e -is [System.ComponentModel.Win32Exception] -and $e.NativeErrorCode -eq ${UAC_DECLINED_EXIT_CODE}) { exit ${UAC_DECLINED_EXIT_CODE} }`,
    '    $e = $e.InnerException',
    '  }',
    '  [Console]::Error.WriteLine($_.Exception.Message)',
    '  exit 1',
    '}',
  ].join('\n');
}

/** `-EncodedCommand` takes base64 of the script's UTF-16LE bytes. */
export function encodePowerShellCommand(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

export function decodePowerShellEncodedCommand(encoded: string): string {
  return Buffer.from(encoded, 'base64').toString('utf16le');
}

export function powershellPath(systemRoot: string): string {
  return `${systemRoot}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;
}

/** The unelevated PowerShell process that raises the UAC prompt for `file` only. */
export function powershellRunAsSpec(spec: CommandSpec, systemRoot: string): CommandSpec {
  const script = buildRunAsScript(spec.file, spec.args);
  return {
    file: powershellPath(systemRoot),
    args: ['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-WindowStyle', 'Hidden', '-EncodedCommand', encodePowerShellCommand(script)],
    timeoutMs: spec.timeoutMs,
  };
}

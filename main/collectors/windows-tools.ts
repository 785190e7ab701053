import type { CollectorContext } from './collector';
import { failure } from './command-failure';

/** System tools by absolute path (design.md): from %SystemRoot%, never from PATH. */
export function systemRoot(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
  return /^[A-Za-z]:\\[^"<>|?*]*$/.test(root) ? root.replace(/\\+$/, '') : 'C:\\Windows';
}

export const regExe = (): string => `${systemRoot()}\\System32\\reg.exe`;
export const powershellExe = (): string => `${systemRoot()}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;

/**
 * Runs a constant PowerShell script and returns its JSON as an array. The script text is fixed
 * in code (never built from input). Output is forced to UTF-8 so non-English names survive, and
 * `ConvertTo-Json -InputObject @(...)` keeps a single result an array.
 */
export async function runPowerShellJson(context: CollectorContext, script: string, timeoutMs: number): Promise<unknown[]> {
  const prelude = "$ErrorActionPreference='Stop';$ProgressPreference='SilentlyContinue';[Console]::OutputEncoding=[System.Text.Encoding]::UTF8;";
  const result = await context.run({
    file: powershellExe(),
    args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', prelude + script],
    timeoutMs,
  });
  if (result.exitCode !== 0) throw failure('PowerShell', result);
  return parseJsonArray(result.stdout);
}

export function parseJsonArray(stdout: string): unknown[] {
  const text = stdout.replace(/^\uFEFF/, '').trim();
  if (text === '') return [];
  const parsed: unknown = JSON.parse(text);
  if (parsed === null) return [];
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** Reads a field that PowerShell may have written as a string, number, bool or null. */
export function field(row: unknown, name: string): unknown {
  return row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[name] : undefined;
}

export function text(row: unknown, name: string): string | null {
  const v = field(row, name);
  if (typeof v === 'string') return v.length > 0 ? v : null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** System tools by absolute path (design.md): from %SystemRoot%, never from PATH. */
export function systemRoot(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
  return /^[A-Za-z]:\\[^"<>|?*]*$/.test(root) ? root.replace(/\\+$/, '') : 'C:\\Windows';
}

export const powershellExe = (): string => `${systemRoot()}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;

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

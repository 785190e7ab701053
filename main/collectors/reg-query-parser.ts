/**
 * Parses `reg.exe query … /s` output:
 *
 *   HKEY_LOCAL_MACHINE\SOFTWARE\…\Uninstall\{GUID}
 *       DisplayName    REG_SZ    Kaspersky Total Security
 *       DisplayVersion    REG_SZ    21.2.16.590
 *
 * Key lines start with a hive name; value lines are indented and split by runs of four spaces
 * into name, type, data. Values of other types are kept as text. The trailing "End of search"
 * line (localized) and blank lines are ignored. reg.exe writes in the console code page, so
 * non-ASCII characters may be replaced; matching relies on ASCII prefixes only.
 */
export interface RegValue {
  readonly type: string;
  readonly data: string;
}
export type RegKeyValues = Map<string, RegValue>;

const HIVE = /^(HKEY_[A-Z_]+|HKLM|HKCU|HKCR|HKU|HKCC)\\/;
const VALUE = /^ {2,}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

export function parseRegQuery(output: string): Map<string, RegKeyValues> {
  const keys = new Map<string, RegKeyValues>();
  let current: RegKeyValues | null = null;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.replace(/\r$/, '');
    if (HIVE.test(line)) {
      current = new Map();
      keys.set(line.trim(), current);
      continue;
    }
    const m = current ? VALUE.exec(line) : null;
    if (m && current) {
      const name = m[1] === '(Default)' ? '' : (m[1] ?? '');
      current.set(name.toLowerCase(), { type: m[2] ?? 'REG_SZ', data: m[3] ?? '' });
    }
  }
  return keys;
}

/** A REG_SZ/REG_EXPAND_SZ value as text, a REG_DWORD as its decimal number text. */
export function regText(values: RegKeyValues, name: string): string | null {
  const v = values.get(name.toLowerCase());
  if (!v) return null;
  if (v.type === 'REG_DWORD' || v.type === 'REG_QWORD') {
    const n = Number.parseInt(v.data, 16);
    return Number.isFinite(n) ? String(n) : null;
  }
  const data = v.data.trim();
  return data.length > 0 ? data : null;
}

/** The last path segment of a registry key: an Uninstall subkey name such as an MSI product code. */
export function keyName(path: string): string {
  return path.split('\\').pop() ?? path;
}

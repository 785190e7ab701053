import type { Collector } from './collector';
import { runPowerShellJson, text } from './windows-tools';

/** Kernel drivers (Win32_SystemDriver): klif, aswSP, ehdrv… (research §1.3, §5). */
export const DRIVERS_SCRIPT =
  'ConvertTo-Json -Compress -InputObject @(Get-CimInstance -ClassName Win32_SystemDriver | Select-Object Name,PathName,State)';

export function parseDrivers(rows: unknown[]) {
  return rows.flatMap((row) => {
    const name = text(row, 'Name');
    return name ? [{ name, path: text(row, 'PathName'), state: text(row, 'State')?.toLowerCase() ?? null }] : [];
  });
}

export const driversCollector: Collector = {
  name: 'drivers',
  platforms: ['win32'],
  timeoutMs: 25_000,
  async collect(context) {
    return { drivers: parseDrivers(await runPowerShellJson(context, DRIVERS_SCRIPT, 23_000)) };
  },
};

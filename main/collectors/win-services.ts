import type { ServiceEntry } from '@shared/contracts/inventory';
import type { Collector } from './collector';
import { runPowerShellJson, text } from './windows-tools';

/**
 * Windows services with display names and image paths (Win32_Service). systeminformation's
 * services() gives neither, and both are evidence: "Kaspersky Service 21.20", and the install
 * folder that tells Avast from AVG from Norton.
 */
export const SERVICES_SCRIPT =
  'ConvertTo-Json -Compress -InputObject @(Get-CimInstance -ClassName Win32_Service | Select-Object Name,DisplayName,State,StartMode,PathName)';

const START_MODES: Readonly<Record<string, string>> = { auto: 'auto', manual: 'manual', disabled: 'disabled' };

export function parseServices(rows: unknown[]): ServiceEntry[] {
  return rows.flatMap((row) => {
    const name = text(row, 'Name');
    if (!name) return [];
    const mode = text(row, 'StartMode')?.toLowerCase() ?? null;
    return [
      {
        name,
        displayName: text(row, 'DisplayName'),
        state: text(row, 'State')?.toLowerCase() ?? null,
        startMode: mode ? (START_MODES[mode] ?? mode) : null,
        path: text(row, 'PathName'),
      },
    ];
  });
}

export const windowsServicesCollector: Collector = {
  name: 'services',
  platforms: ['win32'],
  timeoutMs: 25_000,
  async collect(context) {
    return { services: parseServices(await runPowerShellJson(context, SERVICES_SCRIPT, 23_000)) };
  },
};

import type { DefenderStatus } from '@shared/contracts/inventory';
import type { Collector } from './collector';
import { field, runPowerShellJson, text } from './windows-tools';

/** `Get-MpComputerStatus`: AMRunningMode, real-time protection, signature age (research §1.5, §5). */
export const DEFENDER_SCRIPT =
  'ConvertTo-Json -Compress -InputObject @(Get-MpComputerStatus | Select-Object AMRunningMode,RealTimeProtectionEnabled,AntivirusSignatureAge,AntivirusEnabled)';

const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

export function parseDefenderStatus(rows: unknown[]): DefenderStatus | null {
  const row = rows[0];
  if (row === undefined) return null;
  const age = field(row, 'AntivirusSignatureAge');
  return {
    amRunningMode: text(row, 'AMRunningMode'),
    realTimeProtectionEnabled: bool(field(row, 'RealTimeProtectionEnabled')),
    antivirusSignatureAgeDays: typeof age === 'number' && Number.isFinite(age) ? age : null,
    antivirusEnabled: bool(field(row, 'AntivirusEnabled')),
  };
}

export const defenderStatusCollector: Collector = {
  name: 'defender-status',
  platforms: ['win32'],
  timeoutMs: 20_000,
  async collect(context) {
    return { defender: parseDefenderStatus(await runPowerShellJson(context, DEFENDER_SCRIPT, 18_000)) };
  },
};

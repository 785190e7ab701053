import type { SecurityCenterEntry } from '@shared/contracts/inventory';
import type { Collector } from './collector';
import { field, runPowerShellJson, text } from './windows-tools';

/** Windows Security Center `root/SecurityCenter2 AntiVirusProduct` (research §1.5). */
export const SECURITY_CENTER_SCRIPT =
  "$r=@(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct -ErrorAction SilentlyContinue | Select-Object displayName,productState,pathToSignedProductExe);ConvertTo-Json -InputObject $r -Compress";

export function parseSecurityCenter(rows: unknown[]): SecurityCenterEntry[] {
  const entries: SecurityCenterEntry[] = [];
  for (const row of rows) {
    const displayName = text(row, 'displayName');
    if (!displayName) continue;
    const state = field(row, 'productState');
    const productState = typeof state === 'number' && Number.isInteger(state) && state >= 0 ? state : null;
    entries.push({ displayName, productState, pathToSignedProductExe: text(row, 'pathToSignedProductExe') });
  }
  return entries;
}

/** Windows Server has no SecurityCenter2 namespace: the query then returns nothing, not a failure. */
export const securityCenterCollector: Collector = {
  name: 'security-center',
  platforms: ['win32'],
  timeoutMs: 20_000,
  async collect(context) {
    return { securityCenter: parseSecurityCenter(await runPowerShellJson(context, SECURITY_CENTER_SCRIPT, 18_000)) };
  },
};

import type { DefenderStatus, Inventory } from '../contracts/inventory';
import type { BuiltInProtection, Protection, Signatures } from '../contracts/scan-report';
import { decodeProductState } from './product-state';

/**
 * Microsoft Defender is built in: it goes in `builtIn`, never in `products`, and SafeSwitch never
 * removes or changes it. Sources, most reliable first: `Get-MpComputerStatus` (AMRunningMode,
 * real-time protection, signature age), then Security Center's "Windows Defender" productState,
 * then a running MsMpEng.exe / WinDefend service. Research detection.md §1.5 and §5.
 */
export const DEFENDER_NAME = 'Microsoft Defender Antivirus';
const DEFENDER_SECURITY_CENTER = /^(Windows|Microsoft) Defender\b/i;
const DEFENDER_PROCESSES = new Set(['msmpeng.exe']);
const DEFENDER_SERVICES = new Set(['windefend']);
/**
 * Defender's own default for "definitions are out of date" is 7 days (Group Policy "Define the
 * number of days before virus security intelligence is considered out of date", AvSignatureDue).
 */
export const DEFENDER_SIGNATURES_DUE_DAYS = 7;

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

export function builtInProtection(inventory: Inventory): BuiltInProtection {
  const platform = inventory.os.platform;
  // XProtect cannot be switched off and SafeSwitch reads no state for it: say so, invent nothing.
  if (platform === 'darwin') return { name: 'XProtect', protection: 'unknown' };
  if (platform !== 'win32') return null;

  const fromStatus = defenderFromStatus(inventory.defender);
  const wsc = (inventory.securityCenter ?? []).find((e) => DEFENDER_SECURITY_CENTER.test(e.displayName));
  const fromWsc = wsc && wsc.productState != null ? decodeProductState(wsc.productState) : null;

  let protection: Protection = fromStatus?.protection ?? fromWsc?.protection ?? 'unknown';
  if (protection === 'unknown') {
    const seen =
      (inventory.processes ?? []).some((p) => DEFENDER_PROCESSES.has(lower(p.name.split(/[\\/]/).pop()))) ||
      (inventory.services ?? []).some((s) => DEFENDER_SERVICES.has(lower(s.name)) && lower(s.state) === 'running');
    if (seen) protection = 'on';
  }
  const signatures: Signatures = fromStatus?.signatures ?? fromWsc?.signatures ?? 'unknown';
  return { name: DEFENDER_NAME, protection, signatures };
}

function defenderFromStatus(
  status: DefenderStatus | null | undefined,
): { protection: Protection | undefined; signatures: Signatures | undefined } | null {
  if (!status) return null;
  const mode = lower(status.amRunningMode);
  let protection: Protection | undefined;
  if (status.antivirusEnabled === false) protection = 'off';
  // "Normal" is active; "Passive Mode", "SxS Passive Mode", "EDR Block Mode", "Not running" are not.
  else if (mode === 'normal') protection = status.realTimeProtectionEnabled === false ? 'off' : 'on';
  else if (mode.length > 0) protection = 'off';
  else if (status.realTimeProtectionEnabled != null) protection = status.realTimeProtectionEnabled ? 'on' : 'off';

  const age = status.antivirusSignatureAgeDays;
  let signatures: Signatures | undefined;
  if (typeof age === 'number' && Number.isFinite(age) && age >= 0) {
    signatures = age > DEFENDER_SIGNATURES_DUE_DAYS ? 'out-of-date' : 'up-to-date';
  }
  return { protection, signatures };
}

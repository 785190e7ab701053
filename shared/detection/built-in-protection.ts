import type { DefenderStatus, Inventory } from '../contracts/inventory';
import type { BuiltInProtection, Protection, Signatures } from '../contracts/scan-report';
import { decodeProductState } from './product-state';
import { isDefenderEntry, pickRegistration } from './security-center-entries';

/**
 * Microsoft Defender is built in: it goes in `builtIn`, never in `products`, and SafeSwitch never
 * removes or changes it. Its state comes from Defender itself: `Get-MpComputerStatus`
 * (AMRunningMode, real-time protection, signature age), then Security Center's "Windows Defender"
 * productState. Never from MsMpEng.exe running: it also runs in passive mode beside another
 * antivirus (research detection.md §1.5), so "its process runs" is not "it protects" (issue 9).
 */
export const DEFENDER_NAME = 'Microsoft Defender Antivirus';
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
  const wsc = pickRegistration((inventory.securityCenter ?? []).filter(isDefenderEntry));
  const fromWsc = wsc && wsc.productState != null ? decodeProductState(wsc.productState) : null;

  const protection: Protection = fromStatus?.protection ?? fromWsc?.protection ?? 'unknown';
  const signatures: Signatures = fromStatus?.signatures ?? fromWsc?.signatures ?? 'unknown';
  const mode = runningMode(inventory.defender);
  return { name: DEFENDER_NAME, protection, signatures, ...(mode ? { mode } : {}) };
}

type RunningMode = NonNullable<NonNullable<BuiltInProtection>['mode']>;

/** AMRunningMode as Get-MpComputerStatus prints it ("Normal", "Passive Mode", "SxS Passive Mode", "EDR Block Mode", "Not running"). */
function runningMode(status: DefenderStatus | null | undefined): RunningMode | null {
  const mode = lower(status?.amRunningMode).trim();
  if (mode === '') return null;
  if (mode === 'normal') return 'normal';
  if (mode === 'passive mode' || mode === 'passive') return 'passive';
  if (mode.startsWith('sxs passive')) return 'sxs-passive';
  if (mode.startsWith('edr block')) return 'edr-block';
  if (mode === 'not running') return 'not-running';
  return 'other';
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

import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import { matchInventory } from '@shared/detection/match-inventory';

/**
 * Issue 9, point 4: Defender's state comes from Defender (Get-MpComputerStatus, then Security
 * Center), never from MsMpEng.exe running, which it also does in passive mode beside another
 * antivirus. The AMRunningMode strings are Get-MpComputerStatus's own (Microsoft's documentation
 * of the cmdlet lists Normal, Passive Mode, SxS Passive Mode and EDR Block Mode).
 */
const running = {
  processes: [{ name: 'MsMpEng.exe', path: 'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0\\MsMpEng.exe', pid: 3300 }],
  services: [{ name: 'WinDefend', displayName: 'Microsoft Defender Antivirus Service', state: 'running', startMode: 'auto', path: null }],
};
const windows = (more: Partial<Inventory>): Inventory => ({ format: 'safeswitch-inventory/1', os: { platform: 'win32' }, ...running, ...more });

describe("Defender's state", () => {
  it('its process and service running alone say nothing: unknown, not on', () => {
    expect(matchInventory(windows({})).builtIn).toEqual({ name: 'Microsoft Defender Antivirus', protection: 'unknown', signatures: 'unknown' });
  });

  it.each([
    ['Normal', true, 'on', 'normal'],
    ['Normal', false, 'off', 'normal'],
    ['Passive Mode', true, 'off', 'passive'],
    ['SxS Passive Mode', true, 'off', 'sxs-passive'],
    ['EDR Block Mode', true, 'off', 'edr-block'],
    ['Not running', false, 'off', 'not-running'],
  ] as const)('AMRunningMode %j, real-time %s -> %s, mode %s', (amRunningMode, realTimeProtectionEnabled, protection, mode) => {
    const report = matchInventory(windows({ defender: { amRunningMode, realTimeProtectionEnabled, antivirusSignatureAgeDays: 1, antivirusEnabled: true } }));
    expect(report.builtIn).toEqual({ name: 'Microsoft Defender Antivirus', protection, signatures: 'up-to-date', mode });
  });

  it('a signature age of 65535 days means never updated: out of date', () => {
    const report = matchInventory(windows({ defender: { amRunningMode: 'Normal', realTimeProtectionEnabled: true, antivirusSignatureAgeDays: 65535, antivirusEnabled: true } }));
    expect(report.builtIn).toMatchObject({ protection: 'on', signatures: 'out-of-date' });
  });

  it('without Get-MpComputerStatus, Security Center decides; the running process still does not', () => {
    const report = matchInventory(windows({ securityCenter: [{ displayName: 'Windows Defender', productState: 393472, pathToSignedProductExe: 'windowsdefender://' }] }));
    expect(report.builtIn).toMatchObject({ protection: 'off' });
    expect(report.builtIn).not.toHaveProperty('mode');
  });
});

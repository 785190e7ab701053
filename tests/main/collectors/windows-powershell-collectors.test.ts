import { describe, expect, it } from 'vitest';
import { defenderStatusCollector, parseDefenderStatus } from '../../../main/collectors/win-defender-status';
import { parseDrivers } from '../../../main/collectors/win-drivers';
import { parseRootCertificates } from '../../../main/collectors/win-root-certificates';
import { parseSecurityCenter, securityCenterCollector } from '../../../main/collectors/win-security-center';
import { parseServices } from '../../../main/collectors/win-services';
import { parseJsonArray } from '../../../main/collectors/windows-tools';
import { exit, fakeContext, notFound, ok, output } from './fake-run';

const rows = (file: string) => parseJsonArray(output(file));

describe('PowerShell collectors', () => {
  it('Security Center: names and productState, array or single object', () => {
    expect(parseSecurityCenter(rows('powershell-security-center.from-research.json'))).toEqual([
      { displayName: 'Kaspersky Total Security', productState: 266256, pathToSignedProductExe: 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.2\\avp.exe' },
      { displayName: 'Windows Defender', productState: 393472, pathToSignedProductExe: 'windowsdefender://' },
    ]);
    expect(parseSecurityCenter(rows('powershell-security-center-single.from-research.json'))).toHaveLength(1);
    expect(parseSecurityCenter([{ displayName: 'X', productState: 'oops' }, { productState: 1 }])).toEqual([
      { displayName: 'X', productState: null, pathToSignedProductExe: null },
    ]);
  });

  it('runs PowerShell by absolute path with a constant script', async () => {
    const context = fakeContext('win32', () => ok('\uFEFF' + output('powershell-security-center.from-research.json')));
    const part = await securityCenterCollector.collect(context);
    expect(part.securityCenter).toHaveLength(2);
    const call = context.calls[0];
    expect(call?.file).toMatch(/^[A-Z]:\\.*\\WindowsPowerShell\\v1\.0\\powershell\.exe$/i);
    expect(call?.args.slice(0, 4)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass']);
  });

  it('Defender status: running mode, real-time protection, signature age', () => {
    expect(parseDefenderStatus(rows('powershell-defender-status.from-research.json'))).toEqual({
      amRunningMode: 'Passive Mode',
      realTimeProtectionEnabled: false,
      antivirusSignatureAgeDays: 3,
      antivirusEnabled: false,
    });
    expect(parseDefenderStatus([])).toBeNull();
  });

  it('a PowerShell failure or a missing PowerShell is an error the runner turns into a warning', async () => {
    await expect(defenderStatusCollector.collect(fakeContext('win32', () => exit(1, 'Get-MpComputerStatus : 0x800106ba')))).rejects.toThrow(/PowerShell exited with code 1: Get-MpComputerStatus/);
    await expect(defenderStatusCollector.collect(fakeContext('win32', () => notFound))).rejects.toThrow(/could not be started \(ENOENT\)/);
    await expect(defenderStatusCollector.collect(fakeContext('win32', () => ok('{not json')))).rejects.toThrow();
  });

  it('services: lower-case state and start mode, nameless rows dropped', () => {
    const services = parseServices(rows('powershell-services.from-research.json'));
    expect(services).toHaveLength(3);
    expect(services[0]).toEqual({
      name: 'AVP21.2',
      displayName: 'Kaspersky Anti-Virus Service 21.2',
      state: 'running',
      startMode: 'auto',
      path: '"C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.2\\avp.exe" -r',
    });
  });

  it('drivers and root certificates (only those naming a security vendor)', () => {
    expect(parseDrivers(rows('powershell-drivers.from-research.json')).map((d) => [d.name, d.state])).toEqual([
      ['klif', 'running'], ['kltap', 'stopped'], ['WdFilter', 'running'],
    ]);
    expect(parseRootCertificates(rows('powershell-root-certificates.from-research.json'))).toEqual([
      { subject: 'CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab', store: 'LocalMachine\\Root', thumbprint: '1EAC5410D0C34B8F1D9F5B5BFB4DBA35853B1582' },
    ]);
  });
});

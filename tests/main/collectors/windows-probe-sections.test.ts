import { describe, expect, it } from 'vitest';
import {
  parseDefenderStatus,
  parseDrivers,
  parseOs,
  parsePrograms,
  parseRootCertificates,
  parseSecurityCenter,
  parseServices,
} from '../../../main/collectors/windows-probe/probe-sections';
import { output } from './fake-run';

/** PowerShell's ConvertTo-Json rows: an array, or one object for a single result. */
const rows = (file: string): unknown[] => {
  const parsed: unknown = JSON.parse(output(file).replace(/^\uFEFF/, ''));
  return Array.isArray(parsed) ? parsed : [parsed];
};

describe('Windows probe sections', () => {
  it('Security Center: names and productState, array or single object', () => {
    expect(parseSecurityCenter(rows('powershell-security-center.from-research.json'))).toEqual([
      expect.objectContaining({ displayName: 'Kaspersky Total Security', productState: 266256, pathToSignedProductExe: 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.2\\avp.exe' }),
      expect.objectContaining({ displayName: 'Windows Defender', productState: 393472, pathToSignedProductExe: 'windowsdefender://' }),
    ]);
    expect(parseSecurityCenter(rows('powershell-security-center-single.from-research.json'))).toHaveLength(1);
    expect(parseSecurityCenter([{ displayName: 'X', productState: 'oops' }, { productState: 1 }])).toEqual([
      { displayName: 'X', productState: null, pathToSignedProductExe: null, timestamp: null, instanceGuid: null, productExeExists: null },
    ]);
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

  it('OS facts: caption, version, architecture in any language', () => {
    expect(parseOs([{ Caption: 'Майкрософт Windows 10 Pro ', Version: '10.0.19045', OSArchitecture: '64-разрядная' }])).toEqual({ distro: 'Майкрософт Windows 10 Pro', release: '10.0.19045', arch: 'x64' });
    expect(parseOs([{ Caption: 'Microsoft Windows 10 Pro', Version: '10.0.19045', OSArchitecture: '64-Bit' }])?.arch).toBe('x64');
    expect(parseOs([{ Caption: 'Microsoft Windows 10 Home', OSArchitecture: '32-bit' }])?.arch).toBe('ia32');
    expect(parseOs([{ OSArchitecture: 'ARM 64-bit Processor' }])?.arch).toBe('x64');
    expect(parseOs([])).toBeNull();
  });

  it('programs: only the three views, each row keeps its view; nameless rows dropped', () => {
    const programs = parsePrograms([
      { name: 'A', source: 'registry-64' },
      { name: 'B', source: 'registry-user', key: 'B', user: 'S-1-5-21-1' },
      { name: 'C', source: 'somewhere-else' },
      { source: 'registry-32' },
      { name: 42, source: 'registry-32' },
    ]);
    expect(programs.map((p) => [p.name, p.source])).toEqual([['A', 'registry-64'], ['B', 'registry-user'], ['42', 'registry-32']]);
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

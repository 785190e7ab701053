import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import type { DetectedProduct, ScanReport } from '@shared/contracts/scan-report';
import { footprintSchema } from '@shared/journal/remove-section';
import { certificateRemovalSpec } from '../../../main/remove-flow/leftover-actions';
import { verifyRemoval } from '../../../main/remove-flow/verify-removal';

const product: DetectedProduct = {
  id: 'kts',
  vendor: 'Kaspersky',
  name: 'Kaspersky Total Security',
  version: null,
  kind: 'suite',
  running: true,
  protection: 'on',
  signatures: 'unknown',
  evidence: [{ source: 'process', value: 'avp.exe' }],
  removal: { method: 'msi' },
};
const report = (products: DetectedProduct[], builtIn: ScanReport['builtIn']): ScanReport => ({
  format: 'safeswitch-scan/1',
  os: { platform: 'win32' },
  products,
  builtIn,
  warnings: [],
});
const footprint = footprintSchema.parse({ processes: ['avp.exe'], programs: ['Kaspersky Total Security'], securityCenter: ['Kaspersky Total Security'] });
const clean: Inventory = { format: 'safeswitch-inventory/1', os: { platform: 'win32' } };

describe('verification after removal', () => {
  it('says removed only when every check is gone', () => {
    const still: Inventory = { ...clean, securityCenter: [{ displayName: 'Kaspersky Total Security', productState: 266240 }] };
    const v = verifyRemoval({ product, footprint, before: report([product], null), after: report([], null), inventory: still, foldersLeft: [], checkedAt: 'now' });
    expect(v.removed).toBe(false);
    expect(v.checks.find((c) => c.what === 'security-center')).toEqual({ what: 'security-center', gone: false, remaining: ['Kaspersky Total Security'] });
  });

  it('shows how to turn Defender on when it stays off and nothing else protects', () => {
    const v = verifyRemoval({
      product,
      footprint,
      before: report([product], { name: 'Microsoft Defender Antivirus', protection: 'off' }),
      after: report([], { name: 'Microsoft Defender Antivirus', protection: 'off' }),
      inventory: clean,
      foldersLeft: [],
      checkedAt: 'now',
    });
    expect(v.removed).toBe(true);
    expect(v.builtIn).toEqual({ name: 'Microsoft Defender Antivirus', protection: 'off', otherActive: [], needsHelp: true });
  });

  it('does not ask for Defender when another installed product protects', () => {
    const other: DetectedProduct = { ...product, id: 'bd', vendor: 'Bitdefender', name: 'Bitdefender Total Security', evidence: [{ source: 'service', value: 'vsserv' }] };
    const v = verifyRemoval({
      product,
      footprint,
      before: report([product, other], { name: 'Microsoft Defender Antivirus', protection: 'off' }),
      after: report([other], { name: 'Microsoft Defender Antivirus', protection: 'off' }),
      inventory: clean,
      foldersLeft: [],
      checkedAt: 'now',
    });
    expect(v.builtIn).toMatchObject({ otherActive: ['Bitdefender Total Security'], needsHelp: false });
  });

  it('offers certificate removal only with a real SHA-1 thumbprint, by the right tool per store', () => {
    const inventory: Inventory = {
      ...clean,
      certificates: [
        { subject: 'CN=Kaspersky Anti-Virus Personal Root Certificate', store: 'LocalMachine\\Root', thumbprint: 'ab'.repeat(20) },
        { subject: 'CN=Kaspersky Web Anti-Virus Certification Authority', store: 'CurrentUser\\Root', thumbprint: 'not-a-hash & del' },
      ],
    };
    const v = verifyRemoval({ product, footprint, before: null, after: report([], null), inventory, foldersLeft: ['C:\\ProgramData\\Kaspersky Lab'], checkedAt: 'now' });
    const [good, bad] = v.leftovers.filter((l) => l.kind === 'certificate');
    expect(good).toMatchObject({ id: `certificate:${'AB'.repeat(20)}`, removable: true });
    expect(bad).toMatchObject({ removable: false });
    expect(v.leftovers.some((l) => l.kind === 'folder' && l.name === 'C:\\ProgramData\\Kaspersky Lab')).toBe(true);
    expect(certificateRemovalSpec('win32', good!, 'C:\\Windows')).toEqual({
      file: 'C:\\Windows\\System32\\certutil.exe',
      args: ['-delstore', 'Root', 'AB'.repeat(20)],
      elevate: true,
      timeoutMs: 60_000,
    });
    expect(certificateRemovalSpec('win32', { ...good!, detail: 'CurrentUser\\Root' }, 'C:\\Windows')?.args).toEqual(['-user', '-delstore', 'Root', 'AB'.repeat(20)]);
    expect(certificateRemovalSpec('darwin', good!, 'C:\\Windows')?.file).toBe('/usr/bin/security');
    expect(certificateRemovalSpec('linux', good!, 'C:\\Windows')).toBeNull();
    expect(certificateRemovalSpec('win32', bad!, 'C:\\Windows')).toBeNull();
    expect(certificateRemovalSpec('win32', { ...good!, id: 'certificate:AB & calc' }, 'C:\\Windows')).toBeNull();
  });
});

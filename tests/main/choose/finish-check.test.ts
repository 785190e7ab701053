import { describe, expect, it } from 'vitest';
import type { DetectedProduct, ScanReport } from '@shared/contracts/scan-report';
import { evaluateFinish } from '../../../main/choose/finish-check';

const product = (name: string, kind: DetectedProduct['kind'], protection: DetectedProduct['protection']): DetectedProduct => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  vendor: name.split(' ')[0] as string,
  name,
  version: null,
  kind,
  running: protection === 'on',
  protection,
  signatures: 'unknown',
  evidence: [],
  removal: { method: 'manual' },
});
const report = (platform: string, products: DetectedProduct[], builtIn: ScanReport['builtIn']): ScanReport => ({
  format: 'safeswitch-scan/1',
  os: { platform },
  products,
  builtIn,
  warnings: [],
});
const defender = (protection: DetectedProduct['protection']) => ({ name: 'Microsoft Defender Antivirus', protection });
const xprotect = { name: 'XProtect', protection: 'unknown' as const };

describe('the finish check', () => {
  it.each([
    ['Defender alone', report('win32', [], defender('on')), 'ok', ['Microsoft Defender Antivirus']],
    ['one product, Defender passive', report('win32', [product('Bitdefender Antivirus Free', 'antivirus', 'on')], defender('off')), 'ok', ['Bitdefender Antivirus Free']],
    ['one product and Defender on', report('win32', [product('Bitdefender Antivirus Free', 'antivirus', 'on')], defender('on')), 'two-active', ['Bitdefender Antivirus Free', 'Microsoft Defender Antivirus']],
    ['two products', report('win32', [product('Kaspersky Total Security', 'suite', 'on'), product('ESET Security', 'suite', 'on')], defender('off')), 'two-active', ['Kaspersky Total Security', 'ESET Security']],
    ['nothing on', report('win32', [product('Kaspersky Total Security', 'suite', 'expired')], defender('off')), 'none', []],
    ['Defender unknown, nothing else', report('win32', [], defender('unknown')), 'none', []],
    ['a VPN and a password manager protect nothing', report('win32', [product('Kaspersky VPN', 'vpn', 'on'), product('Kaspersky Password Manager', 'password-manager', 'on')], defender('on')), 'ok', ['Microsoft Defender Antivirus']],
    ['Mac with XProtect alone', report('darwin', [], xprotect), 'ok', ['XProtect']],
    ['Mac with a product: XProtect runs beside it', report('darwin', [product('Bitdefender Antivirus for Mac', 'antivirus', 'on')], xprotect), 'ok', ['Bitdefender Antivirus for Mac']],
    ['Linux with nothing', report('linux', [], null), 'none', []],
    ['Mac: state unknown but running counts', report('darwin', [{ ...product('Kaspersky Internet Security', 'antivirus', 'unknown'), running: true }], xprotect), 'ok', ['Kaspersky Internet Security']],
    ['Mac: two running products', report('darwin', [{ ...product('Kaspersky Internet Security', 'antivirus', 'unknown'), running: true }, { ...product('Bitdefender Antivirus for Mac', 'antivirus', 'unknown'), running: true }], xprotect), 'two-active', ['Kaspersky Internet Security', 'Bitdefender Antivirus for Mac']],
    ['state unknown and not running does not count', report('win32', [product('Kaspersky Total Security', 'suite', 'unknown')], defender('on')), 'ok', ['Microsoft Defender Antivirus']],
  ])('%s', (_label, input, verdict, names) => {
    const check = evaluateFinish(input, '2026-11-22T12:00:00.000Z');
    expect(check.verdict).toBe(verdict);
    expect(check.active.map((a) => a.name)).toEqual(names);
  });

  it('lists installed products that do not protect, and never counts a product named like Defender twice', () => {
    const listed = { ...product('Microsoft Defender Antivirus', 'antivirus', 'on'), id: 'microsoft-defender' };
    const check = evaluateFinish(report('win32', [listed, product('Kaspersky Anti-Virus', 'antivirus', 'off')], defender('on')), 'now');
    expect(check.verdict).toBe('ok');
    expect(check.inactive).toEqual([{ id: 'kaspersky-anti-virus', name: 'Kaspersky Anti-Virus', builtIn: false, protection: 'off' }]);
  });
});

describe('out-of-date protection is not protection to count on (issue 13.1)', () => {
  it('marks an active product whose definitions are out of date, so Done never shows it in a green box', () => {
    const kaspersky = { ...product('Kaspersky Total Security', 'suite', 'on'), signatures: 'out-of-date' as const };
    const check = evaluateFinish(report('win32', [kaspersky], defender('off')), 'now');
    expect(check.verdict).toBe('ok');
    expect(check.active).toEqual([{ id: 'kaspersky-total-security', name: 'Kaspersky Total Security', builtIn: false, outOfDate: true }]);
    const fresh = evaluateFinish(report('win32', [{ ...kaspersky, signatures: 'up-to-date' }], defender('off')), 'now');
    expect(fresh.active[0]?.outOfDate).toBeUndefined();
  });

  it('marks the built-in protection too when its own definitions are out of date', () => {
    const check = evaluateFinish(report('win32', [], { name: 'Microsoft Defender Antivirus', protection: 'on', signatures: 'out-of-date' }), 'now');
    expect(check.active).toEqual([{ id: 'built-in', name: 'Microsoft Defender Antivirus', builtIn: true, outOfDate: true }]);
  });

  it('the report puts it under warnings, not as "protected"', async () => {
    const { doneReportSection } = await import('../../../main/choose/final-report');
    const kaspersky = { ...product('Kaspersky Total Security', 'suite', 'on'), signatures: 'out-of-date' as const };
    const check = evaluateFinish(report('win32', [kaspersky], defender('off')), 'now');
    const summary = { finishCheck: check, platform: 'win32', oldProducts: [], removed: [], chosen: null, installerRun: null, report: null, saved: { folder: null, files: [], deleted: [], passwordFormat: null, passwordsSaved: null } } as never;
    const section = doneReportSection(summary, []);
    expect(JSON.stringify(section)).toContain('virus definitions are out of date');
    expect(JSON.stringify(section)).not.toContain('protected by exactly one');
  });

  it('a Kaspersky product that does not say it is up to date is out of date (no US updates since 29 September 2024); another vendor stays unknown', () => {
    const mac = (p: DetectedProduct) => evaluateFinish(report('darwin', [{ ...p, running: true }], xprotect), 'now').active[0];
    expect(mac(product('Kaspersky Internet Security', 'antivirus', 'unknown'))?.outOfDate).toBe(true);
    expect(mac({ ...product('Kaspersky Internet Security', 'antivirus', 'on'), signatures: 'up-to-date' })?.outOfDate).toBeUndefined();
    expect(mac(product('Bitdefender Antivirus for Mac', 'antivirus', 'unknown'))?.outOfDate).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { ProductSignature } from '@shared/detection/catalog/signature-types';
import { buildProduct } from '@shared/detection/build-product';
import type { Hit } from '@shared/detection/collect-hits';

/**
 * Tests written against the survivors of `npm run mutation -- build-product`: the name a product is
 * shown with, its version, its protection state and its merged evidence, from hand-made hits.
 *
 * Survivors left, each equivalent:
 * - the version regex's `\s+` → `\s`: the spaces it leaves are collapsed and trimmed after it.
 * - `?? -1` → `+1` in the package rank: without a catalog list every package ranks the same.
 * - `?.vendorKey?.licenseDaysLeft` → `.vendorKey.licenseDaysLeft`: the hit found has a vendor key.
 * - `typeof days === 'number'` → `true`: `undefined <= 0` is false as well.
 * - `pkg?.version?.trim()` → `pkg?.version.trim()` at the end: only packages with a version are
 *   ranked, so the one picked always has one.
 */
const sig = (more: Partial<ProductSignature> = {}): ProductSignature => ({
  id: 'p',
  vendor: 'Vendor',
  name: 'Catalog Name',
  kind: 'antivirus',
  source: 'test',
  ...more,
});
const target = (product: ProductSignature) => ({ kind: 'product' as const, product });
const hit = (product: ProductSignature, more: Partial<Hit>): Hit => ({ target: target(product), evidence: { source: 'process', value: 'x.exe' }, ...more });
const program = (name: string, version: string | null = null) => ({ name, version, publisher: null, uninstallString: null, quietUninstallString: null, installLocation: null, source: 'registry-64' });
const build = (product: ProductSignature, hits: Hit[]) => buildProduct({ product, hits });

describe('the shown name (products that report their own)', () => {
  const reported = sig({ reportedName: true });
  it.each([
    ['Norton 360 ® Deluxe™', 'Norton 360 Deluxe'],
    ['Kaspersky VPN 5.2', 'Kaspersky VPN'],
    ['Kaspersky VPN v5.2.0', 'Kaspersky VPN'],
    ['Kaspersky VPN 5.22.103 ', 'Kaspersky VPN'],
    ['Avast   Free\tAntivirus', 'Avast Free Antivirus'],
    ['Avast 2024', 'Avast 2024'],
    ['Avast Free 24.9 Beta', 'Avast Free 24.9 Beta'],
    ['Security5.2', 'Security5.2'],
    ['  Avast Free', 'Avast Free'],
    ['Kaspersky Total Security 21.3', 'Kaspersky Total Security'],
  ])('%j is shown as %j', (shown, expected) => {
    expect(build(reported, [hit(reported, { program: program(shown), shownName: shown })]).name).toBe(expected);
  });

  it('the uninstall entry name wins over the Security Center name, which wins over the app name', () => {
    const hits = [
      hit(reported, { app: { name: 'From App', bundleId: 'x', path: '/Applications/x.app', version: null }, shownName: 'From App' }),
      hit(reported, { securityCenter: { displayName: 'From WSC', productState: null, pathToSignedProductExe: null }, shownName: 'From WSC' }),
      hit(reported, { program: program('From Entry'), shownName: 'From Entry' }),
    ];
    expect(build(reported, hits).name).toBe('From Entry');
    expect(build(reported, hits.slice(0, 2)).name).toBe('From WSC');
    expect(build(reported, hits.slice(0, 1)).name).toBe('From App');
  });

  it("Kaspersky's own key names the product before the uninstall entry does", () => {
    const key = { vendor: 'Vendor', key: 'HKLM\\x', productName: 'From Key' };
    const hits = [hit(reported, { program: program('From Entry'), shownName: 'From Entry' }), hit(reported, { vendorKey: key, shownName: 'From Key' })];
    expect(build(reported, hits).name).toBe('From Key');
  });

  it('a source without a shown name is skipped for the next one; a name that cleans to nothing falls back', () => {
    const hits = [hit(reported, { program: program('x') }), hit(reported, { app: { name: 'A', bundleId: 'x', path: '/x.app', version: null }, shownName: 'Shown App' })];
    expect(build(reported, hits).name).toBe('Shown App');
    expect(build(reported, [hit(reported, { program: program('™'), shownName: '™' }), hit(reported, { securityCenter: { displayName: 'W', productState: null, pathToSignedProductExe: null }, shownName: 'From WSC' })]).name).toBe('From WSC');
    expect(build(reported, [hit(reported, { program: program('™'), shownName: '™' })]).name).toBe('Catalog Name');
  });

  it('a product that does not report its name keeps the catalog name', () => {
    const plain = sig();
    expect(build(plain, [hit(plain, { program: program('Other'), shownName: 'Other' })]).name).toBe('Catalog Name');
  });
});

describe('the version', () => {
  const clam = sig({ packages: ['clamav-daemon', 'clamav', 'clamav-freshclam'] });
  const pkg = (name: string, version: string) => hit(clam, { pkg: { name, version, manager: 'dpkg' } });

  it('packages in the catalog order, whatever order they were listed, trimmed', () => {
    expect(build(clam, [pkg('clamav', ' 2.0 '), pkg('clamav-daemon', ' 1.0 ')]).version).toBe('1.0');
    expect(build(clam, [pkg('libclamav', '9'), pkg('clamav-freshclam', '3')]).version).toBe('3');
  });

  it('a package the catalog does not list comes after the listed ones; without a catalog list, the first', () => {
    expect(build(clam, [pkg('zzz', '9'), pkg('clamav', '2')]).version).toBe('2');
    const noList = sig();
    expect(build(noList, [hit(noList, { pkg: { name: 'b', version: '5', manager: 'dpkg' } }), hit(noList, { pkg: { name: 'a', version: '6', manager: 'dpkg' } })]).version).toBe('5');
  });

  it('a package with no version at all is skipped', () => {
    expect(build(clam, [hit(clam, { pkg: { name: 'clamav-daemon', version: null, manager: 'dpkg' } }), pkg('clamav', '2')]).version).toBe('2');
    expect(build(clam, [hit(clam, { pkg: { name: 'clamav-daemon', version: null, manager: 'dpkg' } })]).version).toBeNull();
  });

  it('blank versions are skipped, not taken', () => {
    expect(build(clam, [pkg('clamav-daemon', '  '), pkg('clamav', '2')]).version).toBe('2');
    expect(build(clam, [hit(clam, { program: program('x', '  ') }), pkg('clamav', '2')]).version).toBe('2');
    expect(build(clam, [hit(clam, { program: program('x', ' 4.1 ') })]).version).toBe('4.1');
  });
});

describe('protection without Security Center', () => {
  const key = (licenseDaysLeft: number | null): Hit['vendorKey'] => ({ vendor: 'Vendor', key: 'HKLM\\x', licenseDaysLeft });
  it.each([
    [0, 'expired'],
    [-3, 'expired'],
    [1, 'unknown'],
    [null, 'unknown'],
  ])('licence days left %s -> %s', (days, protection) => {
    const p = sig();
    expect(build(p, [hit(p, { vendorKey: key(days) })])).toMatchObject({ protection, signatures: 'unknown' });
  });

  it('the first key that tells the days left decides', () => {
    const p = sig();
    expect(build(p, [hit(p, { vendorKey: key(null) }), hit(p, { vendorKey: key(0) })]).protection).toBe('expired');
  });
});

describe('evidence', () => {
  it('the same source and value once; the same value from two sources twice', () => {
    const p = sig();
    const hits = [
      hit(p, { evidence: { source: 'process', value: 'a' } }),
      hit(p, { evidence: { source: 'process', value: 'a' } }),
      hit(p, { evidence: { source: 'service', value: 'a' } }),
    ];
    expect(build(p, hits).evidence).toEqual([{ source: 'process', value: 'a' }, { source: 'service', value: 'a' }]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVENTORY_FORMAT, type Inventory } from '@shared/contracts/inventory';
import { parseVendorKeys } from '../../../main/collectors/windows-probe/probe-sections';
import { createWindowsProbeCollector } from '../../../main/collectors/windows-probe/windows-probe-collector';
import { countFiles, nodeFolders, quarantineCount, type FolderPort } from '../../../main/collectors/win-kaspersky-quarantine';
import { kasperskyFacts } from '../../../main/save/kaspersky-facts';
import { fakeContext, ok } from './fake-run';
import { probeStdout } from './probe-recordings';

const DATA_ROOT = 'C:\\ProgramData\\Kaspersky Lab\\AVP21.2';
const enoent = (): Error => Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });

/** A Windows disk: folder → files (null = folder present, unreadable). */
function fakeDisk(folders: Record<string, string[] | null>): FolderPort {
  return {
    listFiles: (folder) => {
      if (!(folder in folders)) return Promise.reject(enoent());
      const files = folders[folder];
      return files ? Promise.resolve(files) : Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' }));
    },
    isFolder: (path) => Promise.resolve(path in folders),
  };
}

/**
 * Kaspersky keys as the probe reports them, with the values of research detection.md §1.2's
 * registry dumps (KTS 21.2 AVP21.2\environment, KSDE5.2\environment, protected\KIS\Data with
 * LicKeyType 0x2 and LicDaysTillExpiration 0x7a = 122, as the GLPI agent reads them).
 */
const KEYS = [
  { key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\AVP21.2\\environment', productName: 'Kaspersky Total Security', productVersion: '21.2.16.590', productCode: '{63129F5E-8EC5-41BA-A4CF-47966CE84953}', uninstallString: 'msiexec.exe /x {63129F5E-8EC5-41BA-A4CF-47966CE84953} /qb ALLOWREBOOT=1', productRoot: 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.2', dataRoot: DATA_ROOT, licKeyType: null, licDaysTillExpiration: null },
  { key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\KSDE5.2\\environment', productName: 'Kaspersky VPN', productRoot: 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky VPN 5.2', dataRoot: 'C:\\ProgramData\\Kaspersky Lab\\KSDE5.2' },
  { key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\protected\\KIS\\environment', productVersion: '21.2.16.590', licKeyType: '2', licDaysTillExpiration: '122' },
];

describe('Kaspersky licence from the Data key (research §1.2, GLPI agent value names)', () => {
  it('days left from LicDaysTillExpiration when a key is installed; the type stays unknown', () => {
    expect(parseVendorKeys(KEYS).map((k) => [k.licenseType, k.licenseDaysLeft])).toEqual([[null, null], [null, null], [null, 122]]);
  });

  it('no licence key (LicKeyType 0), no values or no Data key: unknown, not 0 days', () => {
    for (const licence of [{ licKeyType: '0', licDaysTillExpiration: '0' }, { licKeyType: null, licDaysTillExpiration: '30' }, { licKeyType: '2', licDaysTillExpiration: 'soon' }, {}]) {
      expect(parseVendorKeys([{ key: 'HKLM\\X\\environment', ...licence }])[0]).toMatchObject({ licenseType: null, licenseDaysLeft: null });
    }
    expect(parseVendorKeys([{ productName: 'no key path' }, null, 'text'])).toEqual([]);
  });
});

describe('Kaspersky quarantine count (<DataRoot>\\QB)', () => {
  it('counts the files in QB; an empty or missing QB under an existing DataRoot is 0', async () => {
    expect(await quarantineCount(DATA_ROOT, fakeDisk({ [DATA_ROOT]: [], [`${DATA_ROOT}\\QB`]: ['a.klq', 'b.klq', 'c.klq'] }))).toBe(3);
    expect(await quarantineCount(`${DATA_ROOT}\\`, fakeDisk({ [`${DATA_ROOT}\\`]: [], [`${DATA_ROOT}\\QB`]: [] }))).toBe(0);
    expect(await quarantineCount(DATA_ROOT, fakeDisk({ [DATA_ROOT]: [] }))).toBe(0);
  });

  it('unknown when DataRoot is missing, unreadable, not a plain drive path, or the disk is too slow', async () => {
    expect(await quarantineCount(DATA_ROOT, fakeDisk({}))).toBeNull();
    expect(await quarantineCount(DATA_ROOT, fakeDisk({ [DATA_ROOT]: [], [`${DATA_ROOT}\\QB`]: null }))).toBeNull();
    const touched: string[] = [];
    const spy: FolderPort = { listFiles: (f) => (touched.push(f), Promise.resolve(['x'])), isFolder: () => Promise.resolve(true) };
    for (const root of [null, '', '%ProgramData%\\Kaspersky Lab\\AVP21.2', 'ProgramData\\Kaspersky', '\\\\server\\share\\KL']) {
      expect(await quarantineCount(root, spy)).toBeNull();
    }
    expect(touched).toEqual([]);
    const stuck: FolderPort = { listFiles: () => new Promise(() => undefined), isFolder: () => Promise.resolve(true) };
    expect(await quarantineCount(DATA_ROOT, stuck, 20)).toBeNull();
  });

  describe('on a real disk', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'safeswitch-qb-'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('counts only files directly in the folder; missing folder is 0 beside an existing parent, unknown otherwise', async () => {
      const qb = join(root, 'QB');
      mkdirSync(join(qb, 'sub'), { recursive: true });
      writeFileSync(join(qb, 'one.klq'), '1');
      writeFileSync(join(qb, 'two.klq'), '2');
      writeFileSync(join(qb, 'sub', 'deeper.klq'), '3');
      expect(await countFiles(qb, root, nodeFolders)).toBe(2);
      rmSync(qb, { recursive: true });
      expect(await countFiles(qb, root, nodeFolders)).toBe(0);
      expect(await countFiles(join(root, 'gone', 'QB'), join(root, 'gone'), nodeFolders)).toBeNull();
      writeFileSync(join(root, 'file'), '');
      expect(await countFiles(join(root, 'file'), root, nodeFolders)).toBeNull();
    });
  });
});

describe('Windows probe: Kaspersky licence and quarantine reach the Save step', () => {
  const disk = fakeDisk({ [DATA_ROOT]: [], [`${DATA_ROOT}\\QB`]: ['a.klq', 'b.klq'] });

  it('fills licenseDaysLeft and quarantineCount, and kasperskyFacts reads them', async () => {
    const context = fakeContext('win32', () => ok(probeStdout({ format: 'safeswitch-windows-probe/1', vendorKeys: KEYS })));
    const { vendorKeys } = await createWindowsProbeCollector(disk).collect(context);
    expect(vendorKeys?.map((k) => [k.productName ?? null, k.licenseDaysLeft, k.quarantineCount])).toEqual([
      ['Kaspersky Total Security', null, 2],
      // KSDE's DataRoot (…\KSDE5.2) does not exist on this disk: unknown, not 0.
      ['Kaspersky VPN', null, null],
      [null, 122, null],
    ]);
    expect(vendorKeys?.[0]?.key).toBe('HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab\\AVP21.2\\environment');
    const inventory: Inventory = { format: INVENTORY_FORMAT, os: { platform: 'win32' }, vendorKeys };
    const facts = kasperskyFacts(inventory);
    expect(facts.licence).toEqual({ type: null, daysLeft: 122 });
    expect(facts.quarantine).toEqual({ folder: `${DATA_ROOT}\\QB`, count: 2 });
  });

  it('keys that could not be read are a warning naming the section; the products found stay', async () => {
    const doc = { format: 'safeswitch-windows-probe/1', vendorKeys: KEYS.slice(0, 1), warnings: [{ section: 'kaspersky-keys', message: '2 keys under HKLM:\\SOFTWARE\\KasperskyLab could not be read' }] };
    const result = await createWindowsProbeCollector(disk).collect(fakeContext('win32', () => ok(probeStdout(doc))));
    expect(result.vendorKeys).toHaveLength(1);
    expect(result.warnings).toEqual([{ source: 'kaspersky-keys', kind: 'unreadable', message: "Kaspersky's own settings in the registry could not be read: 2 keys under HKLM:\\SOFTWARE\\KasperskyLab could not be read." }]);
  });
});

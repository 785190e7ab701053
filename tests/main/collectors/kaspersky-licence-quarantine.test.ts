import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVENTORY_FORMAT, type Inventory } from '@shared/contracts/inventory';
import { parseRegQuery } from '../../../main/collectors/reg-query-parser';
import { createKasperskyKeysCollector, dataKeyOf, licenceFrom } from '../../../main/collectors/win-kaspersky-keys';
import { countFiles, nodeFolders, quarantineCount, type FolderPort } from '../../../main/collectors/win-kaspersky-quarantine';
import { kasperskyFacts } from '../../../main/save/kaspersky-facts';
import { exit, fakeContext, ok, output } from './fake-run';

const KIS_DATA = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\protected\\KIS\\Data';
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

describe('Kaspersky licence from the Data key (research §1.2, GLPI agent value names)', () => {
  it('days left from LicDaysTillExpiration when a key is installed; the type stays unknown', () => {
    expect(dataKeyOf('HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\protected\\KIS\\environment')).toBe(KIS_DATA);
    const values = parseRegQuery(output('reg-query-kis-protected-data.from-research.txt')).get(KIS_DATA);
    expect(licenceFrom(values)).toEqual({ licenseType: null, licenseDaysLeft: 122 });
  });

  it('no licence key (LicKeyType 0), no values or no Data key: unknown, not 0 days', () => {
    const none = parseRegQuery(output('reg-query-kis-protected-data-no-key.from-research.txt')).get(KIS_DATA);
    expect(licenceFrom(none)).toEqual({ licenseType: null, licenseDaysLeft: null });
    expect(licenceFrom(new Map())).toEqual({ licenseType: null, licenseDaysLeft: null });
    expect(licenceFrom(undefined)).toEqual({ licenseType: null, licenseDaysLeft: null });
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

describe('kaspersky-keys collector: licence and quarantine reach the Save step', () => {
  const answer = (dataQuery: 'ok' | 'absent' | 'denied') => (spec: { args: readonly string[] }) => {
    const key = spec.args[1] ?? '';
    if (spec.args.includes('/f')) return key.includes('WOW6432Node') ? ok(output('reg-query-kasperskylab-environment-list.from-research.txt')) : exit(1);
    if (key.endsWith('\\Data')) {
      if (key === KIS_DATA && dataQuery === 'ok') return ok(output('reg-query-kis-protected-data.from-research.txt'));
      return dataQuery === 'denied' ? exit(5, 'ERROR: Access is denied.') : exit(1, 'ERROR: The system was unable to find the specified registry key or value.');
    }
    if (key.includes('AVP21.2')) return ok(output('reg-query-avp21.2-environment.from-research.txt'));
    if (key.includes('KSDE5.2')) return ok(output('reg-query-ksde5.2-environment.from-research.txt'));
    return ok(output('reg-query-kis-protected-environment.from-research.txt'));
  };
  const disk = fakeDisk({ [DATA_ROOT]: [], [`${DATA_ROOT}\\QB`]: ['a.klq', 'b.klq'] });

  it('fills licenseDaysLeft and quarantineCount, and kasperskyFacts reads them', async () => {
    const context = fakeContext('win32', answer('ok'));
    const { vendorKeys } = await createKasperskyKeysCollector(disk).collect(context);
    expect(vendorKeys?.map((k) => [k.productName ?? null, k.licenseDaysLeft, k.quarantineCount])).toEqual([
      ['Kaspersky Total Security', null, 2],
      // KSDE's DataRoot (…\KSDE5.2) does not exist on this disk: unknown, not 0.
      ['Kaspersky VPN', null, null],
      [null, 122, null],
    ]);
    expect(context.calls.filter((c) => c.args[1]?.endsWith('\\Data')).map((c) => c.args)).toContainEqual(['query', KIS_DATA]);
    const inventory: Inventory = { format: INVENTORY_FORMAT, os: { platform: 'win32' }, vendorKeys };
    const facts = kasperskyFacts(inventory);
    expect(facts.licence).toEqual({ type: null, daysLeft: 122 });
    expect(facts.quarantine).toEqual({ folder: `${DATA_ROOT}\\QB`, count: 2 });
  });

  it('a Data key that is missing or refused leaves the licence unknown and keeps every product', async () => {
    for (const mode of ['absent', 'denied'] as const) {
      const { vendorKeys } = await createKasperskyKeysCollector(disk).collect(fakeContext('win32', answer(mode)));
      expect(vendorKeys).toHaveLength(3);
      expect(vendorKeys?.every((k) => k.licenseDaysLeft === null && k.licenseType === null)).toBe(true);
      expect(vendorKeys?.[0]?.quarantineCount).toBe(2);
    }
  });
});

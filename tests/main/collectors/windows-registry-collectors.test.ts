import { describe, expect, it } from 'vitest';
import { parseRegQuery, regText } from '../../../main/collectors/reg-query-parser';
import { kasperskyKeysCollector, parseEnvironmentKeyList } from '../../../main/collectors/win-kaspersky-keys';
import { parseUninstallEntries, uninstallEntriesCollector } from '../../../main/collectors/win-uninstall-entries';
import { exit, fakeContext, ok, output } from './fake-run';

describe('reg.exe query parsing', () => {
  it('reads the Uninstall view: names, versions, uninstall strings, key names; skips entries without DisplayName', () => {
    const programs = parseUninstallEntries(output('reg-query-uninstall-wow6432.from-research.txt'), 'registry-32');
    expect(programs.map((p) => p.name)).toEqual(['Kaspersky Total Security', 'Kaspersky VPN', 'Avira Security', 'Notepad++ (32-bit x86)']);
    expect(programs[0]).toEqual({
      name: 'Kaspersky Total Security',
      version: '21.2.16.590',
      publisher: 'Kaspersky',
      uninstallString: 'msiexec.exe /x {63129F5E-8EC5-41BA-A4CF-47966CE84953} /qb ALLOWREBOOT=1',
      quietUninstallString: null,
      installLocation: 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.2\\',
      source: 'registry-32',
      key: '{63129F5E-8EC5-41BA-A4CF-47966CE84953}',
    });
    expect(programs[2]?.quietUninstallString).toBe('"C:\\Program Files (x86)\\Avira\\Security\\unins000.exe" /SILENT');
  });

  it('turns DWORDs into numbers and ignores junk lines', () => {
    const keys = parseRegQuery('garbage\r\nHKLM\\X\r\n    N    REG_DWORD    0x1f\r\nnot a value\r\n    Empty    REG_SZ\r\n');
    const values = keys.get('HKLM\\X');
    expect(values && regText(values, 'N')).toBe('31');
    expect(values && regText(values, 'Empty')).toBeNull();
  });

  it('collects the three views and treats a missing per-user key as empty', async () => {
    const context = fakeContext('win32', (spec) =>
      spec.args[1]?.startsWith('HKCU') ? exit(1, 'ERROR: The system was unable to find the specified registry key or value.') :
      spec.args[1]?.includes('WOW6432Node') ? ok(output('reg-query-uninstall-wow6432.from-research.txt')) : ok(''),
    );
    const part = await uninstallEntriesCollector.collect(context);
    expect(part.programs).toHaveLength(4);
    expect(context.calls.every((c) => /^[A-Z]:\\.*\\System32\\reg\.exe$/i.test(c.file))).toBe(true);
    expect(context.calls.find((c) => c.args.includes('/reg:64'))).toBeDefined();
  });

  it('fails (becoming a scan warning) when reg.exe cannot run', async () => {
    const context = fakeContext('win32', () => ({ ...exit(5, 'ERROR: Access is denied.') }));
    await expect(uninstallEntriesCollector.collect(context)).rejects.toThrow(/reg\.exe exited with code 5: ERROR: Access is denied/);
  });
});

describe('Kaspersky environment keys', () => {
  it('lists environment keys and reads their values (KTS 21.2 dump)', async () => {
    expect(parseEnvironmentKeyList(output('reg-query-kasperskylab-environment-list.from-research.txt'))).toHaveLength(3);
    const context = fakeContext('win32', (spec) => {
      const key = spec.args[1] ?? '';
      if (spec.args.includes('/f')) return key.includes('WOW6432Node') ? ok(output('reg-query-kasperskylab-environment-list.from-research.txt')) : exit(1);
      if (key.includes('AVP21.2')) return ok(output('reg-query-avp21.2-environment.from-research.txt'));
      if (key.includes('KSDE5.2')) return ok(output('reg-query-ksde5.2-environment.from-research.txt'));
      return ok(output('reg-query-kis-protected-environment.from-research.txt'));
    });
    const { vendorKeys } = await kasperskyKeysCollector.collect(context);
    expect(vendorKeys).toHaveLength(3);
    expect(vendorKeys?.[0]).toMatchObject({
      vendor: 'Kaspersky',
      productName: 'Kaspersky Total Security',
      productVersion: '21.2.16.590',
      productCode: '{63129F5E-8EC5-41BA-A4CF-47966CE84953}',
      uninstallString: 'msiexec.exe /x {63129F5E-8EC5-41BA-A4CF-47966CE84953} /qb ALLOWREBOOT=1',
      dataRoot: 'C:\\ProgramData\\Kaspersky Lab\\AVP21.2',
    });
    expect(vendorKeys?.[1]).toMatchObject({ productName: 'Kaspersky VPN', productVersion: null, dataRoot: 'C:\\ProgramData\\Kaspersky Lab\\KSDE5.2' });
  });

  it('finds nothing, without failing, when KasperskyLab does not exist', async () => {
    const context = fakeContext('win32', () => exit(1, 'ERROR: The system was unable to find the specified registry key or value.'));
    expect(await kasperskyKeysCollector.collect(context)).toEqual({ vendorKeys: [] });
  });
});

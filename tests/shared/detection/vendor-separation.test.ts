import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import { matchInventory } from '@shared/detection/match-inventory';

const win = (part: Partial<Inventory>): Inventory => ({ format: 'safeswitch-inventory/1', os: { platform: 'win32' }, ...part });
const proc = (name: string, path: string | null = null) => ({ name, path, pid: 1 });

describe('vendor separation and generic names', () => {
  it('shared asw* binaries follow their install folder', () => {
    const report = matchInventory(
      win({
        processes: [
          proc('aswEngSrv.exe', 'C:\\Program Files\\AVG\\Antivirus\\aswEngSrv.exe'),
          proc('afwServ.exe', 'C:\\Program Files\\Norton\\Suite\\afwServ.exe'),
        ],
      }),
    );
    expect(report.products.map((p) => p.vendor)).toEqual(['Norton', 'AVG']);
  });

  it('a path-less shared binary joins the one candidate vendor present, and nobody when two are', () => {
    const shared = proc('aswidsagent.exe');
    const avastOnly = matchInventory(win({ processes: [proc('AvastSvc.exe'), shared] }));
    expect(avastOnly.products).toHaveLength(1);
    expect(avastOnly.products[0]?.evidence.map((e) => e.value)).toContain('aswidsagent.exe');

    const both = matchInventory(win({ processes: [proc('AvastSvc.exe'), proc('AVGSvc.exe'), shared] }));
    expect(both.products.map((p) => p.vendor)).toEqual(['Avast', 'AVG']);
    for (const p of both.products) expect(p.evidence.map((e) => e.value)).not.toContain('aswidsagent.exe');
  });

  it('generic file names identify nothing without a vendor folder', () => {
    const generic = ['sched.exe', 'update.exe', 'uninstall.exe', 'VpnSvc.exe', 'setup.exe', 'updatesrv.exe'];
    expect(matchInventory(win({ processes: generic.map((n) => proc(n)) })).products).toEqual([]);
    const inAvira = matchInventory(win({ processes: [proc('sched.exe', 'C:\\Program Files (x86)\\Avira\\Antivirus\\sched.exe')] }));
    expect(inAvira.products.map((p) => p.vendor)).toEqual(['Avira']);
  });

  it('lookalike names are not products: Bitdefender Agent, Avast Cleanup, AVG TuneUp, Total Commander', () => {
    const names = ['Bitdefender Agent', 'Avast Cleanup Premium', 'AVG TuneUp', 'Total Commander', 'Windows Defender', 'Norton Utilities Ultimate'];
    const programs = names.map((name) => ({ name }));
    expect(matchInventory(win({ programs })).products).toEqual([]);
  });

  it('TotalAV and UltraAV are told apart from Kaspersky Total Security', () => {
    const report = matchInventory(win({ programs: [{ name: 'Kaspersky Total Security' }, { name: 'TotalAV' }, { name: 'Ultra AV' }] }));
    expect(report.products.map((p) => p.id)).toEqual(['kaspersky-total-security', 'totalav', 'ultraav']);
  });
});

describe('merging one product from all its evidence', () => {
  it('a plain "Kaspersky" Security Center entry and service AVP21.20 join the named plan', () => {
    const report = matchInventory(
      win({
        programs: [{ name: 'Kaspersky Premium', version: '21.20.8.505', publisher: 'Kaspersky', uninstallString: 'MsiExec.exe /X{11111111-2222-3333-4444-555555555555}' }],
        securityCenter: [{ displayName: 'Kaspersky', productState: 266256 }],
        services: [{ name: 'AVP21.20', displayName: 'Kaspersky Service 21.20', state: 'running' }],
      }),
    );
    expect(report.products).toHaveLength(1);
    expect(report.products[0]).toMatchObject({
      id: 'kaspersky-premium',
      version: '21.20.8.505',
      running: true,
      protection: 'on',
      signatures: 'out-of-date',
      removal: { method: 'msi', productCode: '{11111111-2222-3333-4444-555555555555}' },
    });
    expect(report.products[0]?.evidence.map((e) => e.source).sort()).toEqual(['security-center', 'service', 'uninstall-entry']);
  });

  it('avp.exe alone is "Kaspersky" with no invented version; a certificate alone is leftovers', () => {
    const running = matchInventory(win({ processes: [proc('avp.exe')] }));
    expect(running.products[0]).toMatchObject({ id: 'kaspersky', name: 'Kaspersky', version: null, running: true, removal: { method: 'vendor-tool' } });
    const traces = matchInventory(
      win({ certificates: [{ subject: 'CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab', store: 'LocalMachine\\Root' }] }),
    );
    expect(traces.products[0]).toMatchObject({ id: 'kaspersky-leftovers', running: false, removal: { method: 'manual' } });
  });

  it('the Kaspersky environment key gives the version before the uninstall entry', () => {
    const report = matchInventory(
      win({
        programs: [{ name: 'Kaspersky Total Security', version: '21.2.16.0' }],
        vendorKeys: [{ vendor: 'Kaspersky', productName: 'Kaspersky Total Security', productVersion: '21.2.16.590' }],
      }),
    );
    expect(report.products[0]?.version).toBe('21.2.16.590');
  });

  it('an unknown Kaspersky program by its publisher is still reported under its own name', () => {
    const report = matchInventory(win({ programs: [{ name: 'Kaspersky Virus Removal Tool 2026', publisher: 'AO Kaspersky Lab' }] }));
    expect(report.products[0]).toMatchObject({ vendor: 'Kaspersky', name: 'Kaspersky Virus Removal Tool 2026', kind: 'other' });
  });

  it('a vendor key with only its registry path still finds the family', () => {
    const report = matchInventory(
      win({ vendorKeys: [{ vendor: 'Kaspersky', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\KSDE5.2\\environment' }] }),
    );
    expect(report.products.map((p) => p.id)).toEqual(['kaspersky-vpn']);
  });
});

describe('the UltraAV switch note', () => {
  it('appears only when Kaspersky is or was on the machine', () => {
    const withKaspersky = matchInventory(win({ programs: [{ name: 'UltraAV' }], browserExtensions: [{ browser: 'chrome', id: 'amkpcclbbgegoafihnpgomddadjhcadd' }] }));
    const ultra = withKaspersky.products.find((p) => p.id === 'ultraav');
    expect(ultra?.notes?.[0]).toMatch(/September 2024/);
    expect(ultra?.notes?.[0]).toMatch(/your choice/);
    const alone = matchInventory(win({ programs: [{ name: 'UltraAV' }] }));
    expect(alone.products[0]?.notes).toBeUndefined();
  });
});

describe('hostile and odd input', () => {
  it('regex-looking, huge and empty names neither crash nor match', () => {
    const weird = ['(.*)+$', '', ' ', 'Kaspersky'.repeat(10_000).slice(0, 5) + '\u0000', '\\\\?\\C:\\x', 'a'.repeat(100_000)];
    const report = matchInventory(
      win({
        processes: weird.map((n) => proc(n, n)),
        services: weird.map((n) => ({ name: n, displayName: n, path: n })),
        programs: weird.map((n) => ({ name: n, publisher: n, uninstallString: n })),
        securityCenter: weird.map((n) => ({ displayName: n, productState: 0xffffffff })),
      }),
    );
    // Only Security Center's registrations remain, as antiviruses SafeSwitch does not know: a
    // registration is never dropped (issue 9), but its name is cleaned and bounded for display.
    expect(report.products.every((p) => p.unknown === true && p.kind === 'antivirus' && p.removal.method === 'manual')).toBe(true);
    expect(report.products.map((p) => p.name)).toEqual(['(.*)+$', 'Kaspe', '\\\\?\\C:\\x', `${'a'.repeat(199)}…`]);
    expect(new Set(report.products.map((p) => p.id)).size).toBe(report.products.length);
  });

  it('keeps a hostile uninstall string as data and takes only a GUID-shaped product code', () => {
    const report = matchInventory(
      win({ programs: [{ name: 'Kaspersky Anti-Virus', uninstallString: 'msiexec /x {NOT-A-GUID} & calc.exe', key: 'evil;rm -rf /' }] }),
    );
    const removal = report.products[0]?.removal;
    expect(removal).toMatchObject({ method: 'msi', uninstallString: 'msiexec /x {NOT-A-GUID} & calc.exe' });
    expect(removal?.productCode).toBeUndefined();
  });

  it('passes collector warnings through', () => {
    const warnings = [{ source: 'security-center', message: 'took longer than 15 s and was skipped' }];
    expect(matchInventory(win({}), warnings).warnings).toEqual(warnings);
  });
});

describe('versions from packages', () => {
  it('takes the most telling package whatever order dpkg listed them in', () => {
    const report = matchInventory({
      format: 'safeswitch-inventory/1',
      os: { platform: 'linux' },
      packages: [
        { name: 'clamav-freshclam', version: '9.9.9', manager: 'dpkg' },
        { name: 'clamav-daemon', version: '1.4.6+dfsg-0+deb12u1', manager: 'dpkg' },
      ],
    });
    expect(report.products[0]).toMatchObject({ version: '1.4.6+dfsg-0+deb12u1', removal: { packages: ['clamav-daemon', 'clamav-freshclam'] } });
  });
});

import type { Inventory } from '@shared/contracts/inventory';

/**
 * A large synthetic Windows inventory for the matcher benchmark: `size` entries split between
 * processes, services and programs. Most are unrelated software with install paths (so the path
 * index is exercised on every entry), a few percent are security products, shared asw* binaries
 * and generic names, like a real busy machine.
 */
export function generateInventory(size: number): Inventory {
  const each = Math.floor(size / 3);
  const processes: NonNullable<Inventory['processes']> = [];
  const services: NonNullable<Inventory['services']> = [];
  const programs: NonNullable<Inventory['programs']> = [];
  const pf = 'C:\\Program Files';
  for (let i = 0; i < each; i += 1) {
    const vendor = `Vendor${i % 997}`;
    const special = i % 50;
    if (special === 0) processes.push({ name: 'avp.exe', path: `${pf} (x86)\\Kaspersky Lab\\Kaspersky 21.20\\avp.exe`, pid: i });
    else if (special === 1) processes.push({ name: 'aswEngSrv.exe', path: i % 100 === 1 ? `${pf}\\Avast Software\\Avast\\aswEngSrv.exe` : null, pid: i });
    else if (special === 2) processes.push({ name: 'update.exe', path: `${pf}\\${vendor}\\update.exe`, pid: i });
    else processes.push({ name: `app${i}.exe`, path: `${pf}\\${vendor}\\Product ${i}\\app${i}.exe`, pid: i });

    if (special === 3) services.push({ name: 'AVP21.20', displayName: 'Kaspersky Service 21.20', state: 'running', path: `"${pf} (x86)\\Kaspersky Lab\\Kaspersky 21.20\\avp.exe" -r` });
    else services.push({ name: `svc${i}`, displayName: `${vendor} Helper Service ${i}`, state: i % 3 ? 'running' : 'stopped', startMode: 'auto', path: `"${pf}\\${vendor}\\svc${i}.exe"` });

    if (special === 4) programs.push({ name: 'Kaspersky', version: '21.20.8.505', publisher: 'Kaspersky', uninstallString: 'MsiExec.exe /X{11111111-2222-3333-4444-555555555555}' });
    else if (special === 5) programs.push({ name: 'Avast Free Antivirus', version: '24.9', publisher: 'Avast Software', uninstallString: `"${pf}\\Avast Software\\Avast\\setup\\Instup.exe" /control_panel` });
    else programs.push({ name: `${vendor} Product ${i} Suite`, version: `1.${i}`, publisher: vendor, uninstallString: `"${pf}\\${vendor}\\uninstall.exe"`, installLocation: `${pf}\\${vendor}\\` });
  }
  return {
    format: 'safeswitch-inventory/1',
    os: { platform: 'win32' },
    processes,
    services,
    programs,
    securityCenter: [{ displayName: 'Kaspersky', productState: 266256 }, { displayName: 'Windows Defender', productState: 393472 }],
  };
}

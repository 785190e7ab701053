import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import { matchInventory } from '@shared/detection/match-inventory';
import { loadInventory } from './inventory-fixtures';

const mac = (parts: Partial<Inventory>): Inventory => ({ format: 'safeswitch-inventory/1', os: { platform: 'darwin' }, ...parts });
const app = (path: string, name: string, bundleId: string | null = null) => ({ path, name, bundleId, version: null });

describe('macOS signals of Bitdefender, Norton, Intego, Avast and Malwarebytes (issue 9.7)', () => {
  it('finds apps inside the vendor’s own folder of /Applications', () => {
    const report = matchInventory(mac({ apps: [app('/Applications/Bitdefender/AntivirusforMac.app', 'AntivirusforMac'), app('/Applications/Intego/NetUpdate.app', 'NetUpdate')] }));
    expect(report.products.map((p) => [p.id, p.name])).toEqual([['bitdefender', 'Bitdefender Antivirus'], ['intego', 'Intego VirusBarrier']]);
  });

  it('does not take a lookalike folder or a similar app name for the vendor', () => {
    const report = matchInventory(mac({ apps: [app('/Applications/BitdefenderFake/Tool.app', 'Tool'), app('/Applications/Avast Cleaner.app', 'Avast Cleaner'), app('/Applications/Malwarebytes.app.bak/x.app', 'x')] }));
    expect(report.products).toEqual([]);
  });

  it('a running daemon makes the product active; launchd jobs alone do not', () => {
    const report = matchInventory(loadInventory('mac-five-vendors.from-research.json'));
    const byId = new Map(report.products.map((p) => [p.id, p]));
    expect(byId.get('bitdefender')).toMatchObject({ running: true, active: true });
    expect(byId.get('malwarebytes')).toMatchObject({ running: true, active: true });
    expect(byId.get('avast')).toMatchObject({ running: false, active: false, installed: true });
    expect(byId.get('intego')?.evidence).toEqual([{ source: 'app', value: '/Applications/Intego/VirusBarrier.app' }]);
  });

  it('offers Avast’s own uninstall script when it is on the Mac', () => {
    const report = matchInventory(loadInventory('mac-five-vendors.from-research.json'));
    expect(report.products.find((p) => p.id === 'avast')?.removal).toMatchObject({ uninstallerPath: '/Applications/Avast.app/Contents/Backend/hub/uninstall.sh' });
  });
});

import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import { matchInventory } from '@shared/detection/match-inventory';
import { buildUninstallCommand } from '@shared/removal/build-command';
import { loadInventory } from './inventory-fixtures';

/** Research detection.md §2.1 (gist mrowell/732b71cc…, single source). */
const KAV_SCRIPT = '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript';
const NA_SCRIPT = '/Library/Application Support/Kaspersky Lab/klnagent/Binaries/UninstallScript';

const mac = loadInventory('mac-kaspersky.from-research.json');
const withUninstallers = (inventory: Inventory, paths: string[]): Inventory => ({
  ...inventory,
  uninstallers: paths.map((path) => ({ path, vendor: 'Kaspersky' })),
});
const removalOf = (inventory: Inventory, id: string) => matchInventory(inventory).products.find((p) => p.id === id)?.removal;

describe('vendor uninstallers on macOS become removal.uninstallerPath', () => {
  it('the found Kaspersky script goes to Kaspersky for Mac, and Remove builds its admin-prompt command from it', () => {
    const report = matchInventory(mac);
    const product = report.products.find((p) => p.id === 'kaspersky-mac');
    expect(product?.removal).toMatchObject({ method: 'app-bundle', uninstallerPath: KAV_SCRIPT });
    expect(buildUninstallCommand(product!, { platform: 'darwin', logFolder: '/tmp' })).toMatchObject({
      ok: true,
      command: { kind: 'mac-script', file: KAV_SCRIPT, args: [], elevation: 'safeswitch-asks' },
    });
  });

  it('the Network Agent script goes to the Network Agent only, which then has something to run', () => {
    const inventory = loadInventory('mac-kaspersky-network-agent.from-research.json');
    expect(removalOf(inventory, 'kaspersky-network-agent')).toEqual({ method: 'uninstaller', uninstallerPath: NA_SCRIPT });
    // The same script on a machine with Kaspersky for Mac only is not Kaspersky for Mac's uninstaller.
    expect(removalOf(withUninstallers(mac, [NA_SCRIPT]), 'kaspersky-mac')?.uninstallerPath).toBeUndefined();
  });

  it('no uninstaller found: nothing is invented', () => {
    expect(removalOf(withUninstallers(mac, []), 'kaspersky-mac')).not.toHaveProperty('uninstallerPath');
    const { uninstallers: _gone, ...without } = mac;
    expect(removalOf(without, 'kaspersky-mac')).not.toHaveProperty('uninstallerPath');
  });

  it('a path the catalog does not list is never used, whatever the inventory file says', () => {
    const forged = withUninstallers({ ...mac, uninstallers: [] }, [
      '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript; rm -rf ~',
      '/tmp/UninstallScript',
      '/Library/Application Support/Kaspersky Lab/KAV/Binaries/../../../../tmp/x',
    ]);
    expect(removalOf(forged, 'kaspersky-mac')).not.toHaveProperty('uninstallerPath');
  });

  it('an uninstaller alone is no product, and outside macOS it is ignored', () => {
    const only: Inventory = withUninstallers({ format: 'safeswitch-inventory/1', os: { platform: 'darwin' } }, [KAV_SCRIPT, NA_SCRIPT]);
    expect(matchInventory(only).products).toEqual([]);
    const windows = withUninstallers(loadInventory('kaspersky-total-security.from-research.json'), [KAV_SCRIPT]);
    expect(JSON.stringify(matchInventory(windows))).not.toContain('UninstallScript');
  });
});

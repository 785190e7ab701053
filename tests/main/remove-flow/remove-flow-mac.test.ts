import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import type { SafeSwitchService } from '../../../main/service/safeswitch-service';
import { tempFolder } from '../../helpers/temp-folder';

const SCENARIO = 'tests/scenarios/mac-kaspersky.json';
/** The same Mac, with the inventory's `uninstallers` listing the script (detection reports it). */
const SCENARIO_WITH_UNINSTALLER = 'tests/scenarios/mac-kaspersky-uninstaller.json';
const MAC = 'kaspersky-mac';
/** Research detection.md §2.1: Kaspersky's uninstall script for Mac (single source, admin script). */
const UNINSTALL_SCRIPT = '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript';

describe('Remove step on a simulated Mac with Kaspersky Internet Security', () => {
  let folder: ReturnType<typeof tempFolder>;
  let service: SafeSwitchService;
  beforeEach(async () => {
    folder = tempFolder();
    service = await openService({ dataFolder: folder.path, scenarioPath: SCENARIO, timeScale: 0 });
  });
  afterEach(() => folder.remove());

  it('without an uninstaller in the inventory, plans a guided manual removal and runs nothing', async () => {
    const view = await service.call('chooseRemoval', { productIds: [MAC] });
    const steps = view.plan?.products[0]?.steps ?? [];
    expect(steps.some((s) => s.command !== null)).toBe(false);
    expect(steps.find((s) => s.kind === 'manual-uninstall')?.refusal?.code).toBe('no-uninstall-entry');
    await expect(service.call('startRemoval', { productId: MAC, consent: true })).rejects.toThrow(/remove it by hand/);
    const checked = await service.call('verifyRemoval', { productId: MAC });
    expect(checked.section.products[MAC]).toMatchObject({ state: 'planned' });
    expect(checked.section.products[MAC]?.verification?.checks.find((c) => c.what === 'app')).toMatchObject({ gone: false });
  });
});

describe('Remove step on a simulated Mac whose inventory lists Kaspersky\'s UninstallScript', () => {
  let folder: ReturnType<typeof tempFolder>;
  let service: SafeSwitchService;
  beforeEach(async () => {
    folder = tempFolder();
    service = await openService({ dataFolder: folder.path, scenarioPath: SCENARIO_WITH_UNINSTALLER, timeScale: 0 });
  });
  afterEach(() => folder.remove());

  it('with the uninstall script detected: admin prompt cancelled, then removed and verified with leftovers', async () => {
    await service.call('scan');
    expect(service.context.journal.get().lastScan?.products.find((p) => p.id === MAC)?.removal.uninstallerPath).toBe(UNINSTALL_SCRIPT);
    let view = await service.call('chooseRemoval', { productIds: [MAC] });
    const command = view.plan?.products[0]?.steps.find((s) => s.kind === 'run-uninstaller')?.command;
    expect(command).toMatchObject({ kind: 'mac-script', file: UNINSTALL_SCRIPT, elevation: 'safeswitch-asks' });

    view = await service.call('startRemoval', { productId: MAC, consent: true });
    expect(view.section.products[MAC]).toMatchObject({ state: 'declined', reason: 'admin-prompt-cancelled' });

    view = await service.call('startRemoval', { productId: MAC, consent: true });
    const done = view.section.products[MAC];
    expect(done?.state).toBe('done');
    expect(done?.verification?.checks.map((c) => c.what)).toEqual(['product', 'processes', 'services', 'app']);
    expect(done?.verification?.builtIn).toMatchObject({ name: 'XProtect', needsHelp: true });
    const left = done?.verification?.leftovers.map((l) => `${l.kind}:${l.name}`) ?? [];
    expect(left).toEqual(expect.arrayContaining(['folder:/Library/Application Support/Kaspersky Lab', 'browser-extension:Kaspersky Protection']));
    expect(left).not.toContain('folder:/Applications/Kaspersky Internet Security.app');
  });
});

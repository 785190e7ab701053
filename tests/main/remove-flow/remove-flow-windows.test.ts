import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName } from '@shared/api/contract';
import { openService } from '../../../main/service/open-service';
import type { SafeSwitchService } from '../../../main/service/safeswitch-service';
import { tempFolder } from '../../helpers/temp-folder';

const SCENARIO = 'tests/scenarios/win-kaspersky-total-security.json';
const KTS = 'kaspersky-total-security';
const VPN = 'kaspersky-vpn';
const KPM = 'kaspersky-password-manager';

interface Heard {
  readonly event: EventName;
  readonly payload: unknown;
}

describe('Remove step on simulated Windows with Kaspersky Total Security, VPN and Password Manager', () => {
  let folder: ReturnType<typeof tempFolder>;
  let service: SafeSwitchService;
  let heard: Heard[];
  const open = async () =>
    openService({ dataFolder: folder.path, scenarioPath: SCENARIO, timeScale: 0, emit: (event, payload) => heard.push({ event, payload }) });

  beforeEach(async () => {
    folder = tempFolder();
    heard = [];
    service = await open();
  });
  afterEach(() => folder.remove());

  it('lists each product and companion as its own choice, the password manager waiting for Save', async () => {
    const view = await service.call('getRemoval');
    const ids = view.candidates.map((c) => c.productId);
    expect(ids).toEqual(expect.arrayContaining([KTS, VPN, KPM]));
    expect(view.candidates.find((c) => c.productId === KPM)?.waitsForSave).toBe(true);
    expect(view.candidates.find((c) => c.productId === KTS)?.waitsForSave).toBe(false);
    expect(view.plan).toBeNull();
    expect(view.kavremover).toMatch(/kavremvr\.exe$/);
  });

  it('plans only what was ticked and refuses to remove the password manager before Save', async () => {
    const view = await service.call('chooseRemoval', { productIds: [KTS, KPM] });
    expect(view.plan?.products.map((p) => p.productId)).toEqual([KTS, KPM]);
    expect(view.section.products[VPN]).toBeUndefined();
    const uninstall = view.plan?.products[0]?.steps.find((s) => s.kind === 'run-uninstaller');
    expect(uninstall?.command?.args.slice(0, 2)).toEqual(['/x', '{B0EBB9A5-1E2B-4E66-8F3C-7A5A2E0A1C11}']);
    await expect(service.call('startRemoval', { productId: KPM, consent: true })).rejects.toThrow(/Save the passwords/);
  });

  it('lets the user explicitly decline saving the passwords, and only then plans the password manager without a blocker', async () => {
    const before = await service.call('chooseRemoval', { productIds: [KPM] });
    expect(before.plan?.products[0]?.blockers.map((b) => b.code)).toEqual(['password-data-not-saved']);
    await expect(service.invoke('declinePasswordSave', {})).rejects.toMatchObject({ code: 'bad-request' });
    const after = await service.call('declinePasswordSave', { consent: true });
    expect(after.plan?.products[0]?.blockers).toEqual([]);
    expect(after.candidates.find((c) => c.productId === KPM)?.waitsForSave).toBe(false);
    // The decision is kept in the journal, so it survives a restart.
    const reopened = await open();
    expect((await reopened.call('getRemoval')).plan?.products[0]?.blockers).toEqual([]);
  });

  it('needs literal consent to start', async () => {
    await service.call('chooseRemoval', { productIds: [KTS] });
    await expect(service.invoke('startRemoval', { productId: KTS })).rejects.toMatchObject({ code: 'bad-request' });
    await expect(service.invoke('startRemoval', { productId: KTS, consent: 'yes' })).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('dry run shows the exact argv and changes nothing', async () => {
    await service.call('chooseRemoval', { productIds: [KTS] });
    await service.call('setRemovalDryRun', { dryRun: true });
    const view = await service.call('startRemoval', { productId: KTS, consent: true });
    const record = view.section.products[KTS];
    expect(record?.state).toBe('planned');
    expect(record?.commands.at(-1)?.outcome).toBe('dry-run');
    expect(record?.commands.at(-1)?.argv.slice(0, 3)).toEqual(['C:\\Windows\\System32\\msiexec.exe', '/x', '{B0EBB9A5-1E2B-4E66-8F3C-7A5A2E0A1C11}']);
    const output = heard.filter((h) => h.event === 'removalOutput').map((h) => (h.payload as { line: string }).line);
    expect(output.join('\n')).toContain('msiexec.exe /x {B0EBB9A5-1E2B-4E66-8F3C-7A5A2E0A1C11} /passive /norestart');
    const scan = await service.call('scan');
    expect(scan.products.map((p) => p.id)).toContain(KTS);
  });

  it('walks declined → blocked → restart → verified with leftovers, journaling every command', async () => {
    await service.call('chooseRemoval', { productIds: [KTS] });

    let view = await service.call('startRemoval', { productId: KTS, consent: true });
    expect(view.section.products[KTS]).toMatchObject({ state: 'declined', reason: 'uac-declined' });

    view = await service.call('startRemoval', { productId: KTS, consent: true });
    expect(view.section.products[KTS]).toMatchObject({ state: 'blocked', reason: 'self-protection-or-password' });
    const lines = heard.filter((h) => h.event === 'removalOutput').map((h) => (h.payload as { line: string }).line);
    expect(lines.some((l) => l.includes('self-defense'))).toBe(true);

    view = await service.call('startRemoval', { productId: KTS, consent: true });
    expect(view.section.products[KTS]?.state).toBe('waiting-for-restart');
    expect(view.section.products[KTS]?.commands.map((c) => c.exitCode)).toEqual([1223, 1603, 3010]);
    expect(view.section.products[KTS]?.commands.every((c) => c.finishedAt !== null)).toBe(true);

    // The journal on disk says the same (a crash now would lose nothing).
    const onDisk = JSON.parse(await readFile(join(folder.path, 'migration-journal.json'), 'utf8'));
    expect(onDisk.remove.products[KTS].state).toBe('waiting-for-restart');

    view = await service.call('registerReopen', { consent: true });
    expect(view.section.reopen).toMatchObject({ mechanism: 'run-once' });

    // The restart: a new service on the same data folder and the same (changed) machine.
    service = await open();
    view = await service.call('getRemoval');
    expect(view.section.products[KTS]?.state).toBe('waiting-for-restart');
    view = await service.call('verifyRemoval', { productId: KTS });
    const done = view.section.products[KTS];
    expect(done?.state).toBe('done');
    expect(done?.verification?.removed).toBe(true);
    expect(view.section.reopen).toBeNull();
    const kinds = (done?.verification?.leftovers ?? []).map((l) => `${l.kind}:${l.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'driver:klif',
        'folder:C:\\ProgramData\\Kaspersky Lab\\AVP21.3',
        'certificate:CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab',
        'browser-extension:Kaspersky Protection',
      ]),
    );
    // A registered driver is listed as such: its file must stay until its service is gone.
    expect(done?.verification?.leftovers.find((l) => l.name === 'klif')).toMatchObject({ kind: 'driver', registered: true, removable: false });
    // The VPN is still installed: its driver and service are not leftovers of the suite.
    expect(kinds).not.toContain('driver:kltap');
    expect(done?.verification?.builtIn).toMatchObject({ protection: 'on', needsHelp: false });

    // The migration log has every command with exit code and duration.
    const log = (await readFile(join(folder.path, 'migration-log.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(log.filter((e) => e.event === 'command-finished').map((e) => e.exitCode)).toEqual([1223, 1603, 3010]);
  });

  it('removes the VPN separately, leaving the suite alone', async () => {
    await service.call('chooseRemoval', { productIds: [VPN] });
    const view = await service.call('startRemoval', { productId: VPN, consent: true });
    expect(view.section.products[VPN]?.state).toBe('done');
    expect(view.section.products[VPN]?.verification?.checks.every((c) => c.gone)).toBe(true);
    const scan = await service.call('scan');
    expect(scan.products.map((p) => p.id)).toContain(KTS);
    expect(scan.products.map((p) => p.id)).not.toContain(VPN);
  });

  it('removes the leftover root certificate by thumbprint, with consent', async () => {
    await service.call('chooseRemoval', { productIds: [KTS] });
    for (let i = 0; i < 3; i++) await service.call('startRemoval', { productId: KTS, consent: true });
    let view = await service.call('verifyRemoval', { productId: KTS });
    const cert = view.section.products[KTS]?.verification?.leftovers.find((l) => l.kind === 'certificate');
    expect(cert).toMatchObject({ removable: true, id: 'certificate:1EAC5410D0C34B8F1D9F5B5BFB4DBA35853B1582' });
    await expect(service.invoke('removeCertificate', { leftoverId: cert?.id })).rejects.toMatchObject({ code: 'bad-request' });
    await expect(service.call('removeCertificate', { leftoverId: 'certificate:0000', consent: true })).rejects.toThrow(/does not know/);
    view = await service.call('removeCertificate', { leftoverId: cert?.id ?? '', consent: true });
    expect(view.section.certificates.at(-1)?.outcome).toBe('removed');
    expect(view.section.products[KTS]?.verification?.leftovers.some((l) => l.kind === 'certificate')).toBe(false);
  });
});

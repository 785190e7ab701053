import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import type { SafeSwitchService } from '../../../main/service/safeswitch-service';
import { tempFolder } from '../../helpers/temp-folder';

const SCENARIO = 'tests/scenarios/win-kaspersky-basic.json';

describe('SafeSwitchService session calls', () => {
  let folder: ReturnType<typeof tempFolder>;
  let service: SafeSwitchService;
  beforeEach(async () => {
    folder = tempFolder();
    service = await openService({ dataFolder: folder.path, scenarioPath: SCENARIO, timeScale: 0 });
  });
  afterEach(() => folder.remove());

  it('reports the simulated machine', async () => {
    const session = await service.call('getSession');
    expect(session.machine).toEqual({ kind: 'simulated', name: 'Windows 11 Home with Kaspersky Total Security', platform: 'win32' });
    expect(session.journal.step).toBe('check');
  });

  it('refuses to skip ahead past a step that is not done', async () => {
    await expect(service.call('goToStep', { step: 'remove' })).rejects.toMatchObject({ code: 'step-not-reachable' });
    const after = await service.call('completeStep', { step: 'check' });
    expect(after.journal.step).toBe('save');
    expect(after.journal.completed).toEqual(['check']);
    const back = await service.call('goToStep', { step: 'check' });
    expect(back.journal.step).toBe('check');
  });

  it('refuses to complete a step that is not open yet, and changes nothing', async () => {
    await expect(service.call('completeStep', { step: 'remove' })).rejects.toMatchObject({ code: 'step-not-reachable' });
    const session = await service.call('getSession');
    expect(session.journal.step).toBe('check');
    expect(session.journal.completed).toEqual([]);
  });

  it.each([
    ['an unknown call', 'formatDisk', {}],
    ['an unknown step', 'goToStep', { step: 'format' }],
    ['an extra key', 'getSession', { admin: true }],
    ['a non-object', 'goToStep', 'remove'],
  ])('rejects %s as a bad request', async (_label, name, request) => {
    await expect(service.invoke(name, request)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('scans the simulated machine and keeps the report in the journal', async () => {
    const report = await service.call('scan');
    expect(report.format).toBe('safeswitch-scan/1');
    expect(report.products.some((p) => p.vendor === 'Kaspersky')).toBe(true);
    expect((await service.call('getSession')).journal.lastScan?.products).toEqual(report.products);
  });

  it('emits scan progress events', async () => {
    const seen: string[] = [];
    const withEvents = await openService({
      dataFolder: folder.path,
      scenarioPath: SCENARIO,
      timeScale: 0,
      emit: (event, payload) => seen.push(`${event}:${(payload as { status: string }).status}`),
    });
    await withEvents.call('scan');
    expect(seen).toContain('scanProgress:done');
  });
});

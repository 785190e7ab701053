import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RemovalProgress } from '@shared/api/remove-calls';
import { findKavremover } from '../../../main/remove-flow/kavremover';
import { LineSplitter } from '../../../main/remove-flow/line-splitter';
import { openService } from '../../../main/service/open-service';
import { tempFolder } from '../../helpers/temp-folder';

const SLOW = 'tests/scenarios/win-kaspersky-total-security-restart.json';
const KTS = 'kaspersky-total-security';

describe('Remove step: interruptions', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(() => folder.remove());

  it('a process that stops mid-command leaves a journal the next one reads as interrupted', async () => {
    const progress: RemovalProgress[] = [];
    const first = await openService({
      dataFolder: folder.path,
      scenarioPath: SLOW,
      timeScale: 1,
      emit: (event, payload) => {
        if (event === 'removalProgress') progress.push(payload as RemovalProgress);
      },
    });
    await first.call('chooseRemoval', { productIds: [KTS] });
    const running = first.call('startRemoval', { productId: KTS, consent: true });
    await expect.poll(() => progress.some((p) => p.state === 'running')).toBe(true);
    // The journal on disk already says a command started and has not finished.
    const before = first.context.journal.get().remove as { products: Record<string, { state: string; commands: { finishedAt: string | null }[] }> };
    expect(before.products[KTS]?.state).toBe('running');
    expect(before.products[KTS]?.commands.at(-1)?.finishedAt).toBeNull();

    // A second process on the same data folder (the first "was killed": it is simply abandoned).
    const second = await openService({ dataFolder: folder.path, scenarioPath: SLOW, timeScale: 0 });
    const view = await second.call('getRemoval');
    expect(view.section.products[KTS]).toMatchObject({ state: 'interrupted', reason: 'app-stopped' });
    expect(view.section.products[KTS]?.commands.at(-1)?.outcome).toBe('interrupted');
    const checked = await second.call('verifyRemoval', { productId: KTS });
    expect(checked.section.products[KTS]?.state).toBe('interrupted');
    expect(checked.section.products[KTS]?.verification?.removed).toBe(false);

    await expect(first.call('cancelRemoval', { productId: KTS })).resolves.toEqual({ cancelled: true });
    await running;
  });

  it('Cancel stops waiting and says so; a second start while one runs is refused', async () => {
    const progress: RemovalProgress[] = [];
    const service = await openService({
      dataFolder: folder.path,
      scenarioPath: SLOW,
      timeScale: 1,
      emit: (event, payload) => {
        if (event === 'removalProgress') progress.push(payload as RemovalProgress);
      },
    });
    await service.call('chooseRemoval', { productIds: [KTS] });
    const running = service.call('startRemoval', { productId: KTS, consent: true });
    await expect.poll(() => progress.some((p) => p.state === 'running')).toBe(true);
    await expect(service.call('startRemoval', { productId: KTS, consent: true })).rejects.toThrow(/another removal is running/);
    await expect(service.call('verifyRemoval', { productId: KTS })).rejects.toThrow(/a removal is running/);
    expect(await service.call('cancelRemoval', { productId: KTS })).toEqual({ cancelled: true });
    const view = await running;
    expect(view.section.products[KTS]).toMatchObject({ state: 'cancelled', reason: 'cancelled' });
    expect(await service.call('cancelRemoval', { productId: KTS })).toEqual({ cancelled: false });
  });

  it('refuses products that were not chosen, and unknown ones', async () => {
    const service = await openService({ dataFolder: folder.path, scenarioPath: SLOW, timeScale: 0 });
    await expect(service.call('startRemoval', { productId: KTS, consent: true })).rejects.toThrow(/Choose this product/);
    const view = await service.call('chooseRemoval', { productIds: ['microsoft-defender', 'no-such-product'] });
    // Built-in protection and unknown ids are never planned: nothing is chosen.
    expect(view.section.chosen).toEqual([]);
    expect(view.plan).toBeNull();
    expect(view.candidates.some((c) => /defender/i.test(c.productId))).toBe(false);
  });

  it('finds the kavremover the user downloaded, newest first, and nothing else', async () => {
    for (const name of ['kavremvr.exe.crdownload', 'kavremvr.bat', 'evil-kavremvr.exe']) await writeFile(join(folder.path, name), 'x');
    expect(await findKavremover(folder.path)).toBeNull();
    await writeFile(join(folder.path, 'kavremvr (1).exe'), 'x');
    expect(await findKavremover(folder.path)).toBe(join(folder.path, 'kavremvr (1).exe'));
    expect(await findKavremover(join(folder.path, 'missing'))).toBeNull();
  });

  it('splits output into whole lines per stream', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((line, stream) => lines.push(`${stream}:${line}`));
    splitter.push('one\r\ntw', 'stdout');
    splitter.push('err\n', 'stderr');
    splitter.push('o\n\nthree', 'stdout');
    splitter.flush();
    expect(lines).toEqual(['stdout:one', 'stderr:err', 'stdout:two', 'stdout:three']);
  });
});

import { describe, expect, it } from 'vitest';
import { newJournal, type Journal } from '@shared/journal/journal-schema';
import { changedAnything, machineChanges } from '@shared/journal/machine-changes';

const base = newJournal('m', '2026-11-22T10:00:00Z');
const command = (outcome: string | null) => ({ step: 1, argv: ['msiexec.exe'], startedAt: 'x', finishedAt: 'y', exitCode: 0, outcome, durationMs: 1 });
const product = (name: string, state: string, outcomes: Array<string | null>, dryRun = false) => ({
  productId: name.toLowerCase(),
  name,
  state,
  step: 1,
  stepCount: 5,
  dryRun,
  commands: outcomes.map(command),
  updatedAt: 'x',
});
const withRemove = (products: object[], certificates: object[] = []): Journal =>
  ({
    ...base,
    remove: { chosen: [], dryRun: false, products: Object.fromEntries(products.map((p) => [(p as { productId: string }).productId, p])), reopen: null, certificates, passwordsDeclinedAt: null },
  }) as unknown as Journal;

describe('machineChanges', () => {
  it('a fresh migration has changed nothing', () => {
    expect(changedAnything(machineChanges(base))).toBe(false);
  });

  it('a declined prompt or a dry run changes nothing', () => {
    const journal = withRemove([product('Kaspersky', 'declined', ['declined']), product('VPN', 'planned', ['dry-run'], true)]);
    expect(machineChanges(journal)).toEqual({ removed: [], started: [], certificatesRemoved: 0, installerRan: false });
  });

  it('names what was removed, what was started but not finished, and removed certificates', () => {
    const journal = withRemove(
      [product('Kaspersky', 'done', ['success']), product('VPN', 'interrupted', [null]), product('Safe Kids', 'blocked', ['blocked'])],
      [{ leftoverId: 'cert', at: 'x', outcome: 'removed' }, { leftoverId: 'cert', at: 'y', outcome: 'declined' }],
    );
    const changes = machineChanges(journal);
    expect(changes).toEqual({ removed: ['Kaspersky'], started: ['VPN', 'Safe Kids'], certificatesRemoved: 1, installerRan: false });
    expect(changedAnything(changes)).toBe(true);
  });

  it('counts an installer that ran, not one the user cancelled', () => {
    const run = (outcome: string) => ({ ...base, choose: { installerRun: { productId: 'b', path: 'p', argv: [], startedAt: 'x', finishedAt: 'y', exitCode: 0, outcome } } }) as Journal;
    expect(machineChanges(run('finished')).installerRan).toBe(true);
    expect(machineChanges(run('cancelled')).installerRan).toBe(false);
  });

  it('a damaged section is read as no change rather than a crash', () => {
    expect(machineChanges({ ...base, remove: { products: 'nonsense' } as never }).removed).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newJournal } from '@shared/journal/journal-schema';
import { stepOutcome } from '@shared/wizard/step-outcomes';

const withRemoval = (...states: string[]) => {
  const journal = newJournal('m', '2026-12-01T00:00:00Z');
  const products = Object.fromEntries(states.map((state, i) => [`p${i}`, { state }]));
  return { ...journal, remove: { chosen: [], dryRun: false, products, reopen: null, certificates: [], passwordsDeclinedAt: null } } as never;
};

describe('the step list shows how each step ended (issue 13.1)', () => {
  it('Remove is a green tick only when a removal was done and nothing failed or is unfinished', () => {
    expect(stepOutcome(withRemoval('done'), 'remove')).toBe('done');
    expect(stepOutcome(withRemoval('done', 'declined'), 'remove')).toBe('done');
    expect(stepOutcome(withRemoval(), 'remove')).toBe('skipped');
    expect(stepOutcome(withRemoval('declined'), 'remove')).toBe('skipped');
    for (const state of ['failed', 'blocked', 'cancelled', 'interrupted', 'waiting-for-restart']) {
      expect(stepOutcome(withRemoval('done', state), 'remove'), state).toBe('problem');
    }
    expect(stepOutcome(withRemoval('failed'), 'check')).toBe('done');
  });

  it('Save is a green tick only when something was kept, and a problem when the read-back found differences', () => {
    const journal = newJournal('m', '2026-12-01T00:00:00Z');
    const save = (section: object) => ({ ...journal, save: { folder: null, deleted: [], plaintextFiles: [], ...section } }) as never;
    expect(stepOutcome(journal, 'save')).toBe('skipped');
    expect(stepOutcome(save({}), 'save')).toBe('skipped');
    expect(stepOutcome(save({ folder: '/f' }), 'save')).toBe('done');
    const conversion = { at: 'x', format: 'bitwarden', exportFile: '/e', found: 3, verified: 3, byKind: {}, differences: 0, unplacedLines: 0, files: [] };
    expect(stepOutcome(save({ folder: '/f', conversion }), 'save')).toBe('done');
    expect(stepOutcome(save({ folder: '/f', conversion: { ...conversion, verified: 2, differences: 1 } }), 'save')).toBe('problem');
    // The folder deleted by hand since: what was kept is not there.
    expect(stepOutcome(save({ folder: '/f', conversion }), 'save', { saveFolderGone: true })).toBe('problem');
  });

  it('Choose is a green tick only when a product was picked (Defender counts)', () => {
    const journal = newJournal('m', '2026-12-01T00:00:00Z');
    expect(stepOutcome(journal, 'choose')).toBe('skipped');
    expect(stepOutcome({ ...journal, choose: { chosenProductId: null } } as never, 'choose')).toBe('skipped');
    expect(stepOutcome({ ...journal, choose: { chosenProductId: 'microsoft-defender' } } as never, 'choose')).toBe('done');
  });

  it('the focus ring has at least 3:1 contrast against the page', () => {
    const css = readFileSync(join(__dirname, '../../renderer/src/styles.css'), 'utf8');
    const focus = /--focus:\s*(#[0-9a-f]{6})/i.exec(css)?.[1] ?? '';
    const page = /--paper:\s*(#[0-9a-f]{6})/i.exec(css)?.[1] ?? '';
    const lum = (hex: string) =>
      [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const [hi, lo] = [lum(focus), lum(page)].sort((a, b) => b - a) as [number, number];
    expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(3);
  });
});

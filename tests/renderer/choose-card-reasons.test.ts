import { describe, expect, it } from 'vitest';
import { CATALOG, rankAlternatives, type Answers, type RankPlatform } from '@shared/alternatives/index';
import { cardReasons, orderReasons, REASONS_SHOWN } from '../../renderer/src/steps/choose/card-reasons';

const NO_ANSWERS: Answers = { devices: null, budget: null, features: null, keepSimple: null };
const PLATFORMS: RankPlatform[] = ['win32', 'darwin', 'linux'];

describe('a card says each thing once (issue 13.2)', () => {
  it('leaves out "no recent lab results, so it comes after…" where the group line says it already', () => {
    // On a Mac, XProtect and Avast have no recent lab result: the card's group line says so.
    const entries = rankAlternatives(CATALOG, NO_ANSWERS, 'darwin').entries.filter((e) => e.group === 'no-lab-record');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.reasons.map((r) => r.code)).toContain('no-lab-record-ranked-below');
      expect(cardReasons(entry).map((r) => r.code)).not.toContain('no-lab-record-ranked-below');
    }
  });

  it('leaves out "does not run on…" where the group line says it already', () => {
    const entry = { group: 'not-for-platform' as const, reasons: [{ code: 'not-for-platform' as const, platform: 'mac' as const }, { code: 'runs-on' as const, device: 'android' as const }] };
    expect(cardReasons(entry)).toEqual([{ code: 'runs-on', device: 'android' }]);
  });

  it('shows at most two, in the card order, and never a reason the product does not have', () => {
    for (const platform of PLATFORMS) {
      for (const entry of rankAlternatives(CATALOG, NO_ANSWERS, platform).entries) {
        const shown = cardReasons(entry);
        expect(shown.length).toBeLessThanOrEqual(REASONS_SHOWN);
        const ordered = orderReasons(entry.reasons);
        // The shown ones keep their order among all of them: nothing is reordered or made up.
        const positions = shown.map((r) => ordered.indexOf(r));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
    }
  });

  it('keeps a lab-tested product\'s own reasons as they are', () => {
    const entry = rankAlternatives(CATALOG, NO_ANSWERS, 'win32').entries.find((e) => e.group === 'lab-tested');
    expect(entry).toBeDefined();
    if (entry) expect(cardReasons(entry)).toEqual(orderReasons(entry.reasons).slice(0, REASONS_SHOWN));
  });
});

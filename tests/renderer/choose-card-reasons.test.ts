import { describe, expect, it } from 'vitest';
import { CATALOG, computerPlatformOf, rankAlternatives, type Answers, type Lack, type RankPlatform } from '@shared/alternatives/index';
import { cardLacks, cardReasons, orderReasons, REASONS_SHOWN } from '../../renderer/src/steps/choose/card-reasons';

const NO_ANSWERS: Answers = { devices: null, budget: null, features: null, keepSimple: null };
const PLATFORMS: RankPlatform[] = ['win32', 'darwin', 'linux'];

describe('a card says each thing once (issue 13.2)', () => {
  it('leaves out "no recent lab results, so it comes after…" where the group line says it already', () => {
    // On a Mac, XProtect and Avast have no recent lab result: the card's group line says so.
    const entries = rankAlternatives(CATALOG, NO_ANSWERS, 'darwin').entries.filter((e) => e.group === 'no-lab-record');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.reasons.map((r) => r.code)).toContain('no-lab-record-ranked-below');
      expect(cardReasons(entry, 'mac').map((r) => r.code)).not.toContain('no-lab-record-ranked-below');
    }
  });

  it('leaves out "does not run on…" where the group line says it already', () => {
    const entry = { group: 'not-for-platform' as const, reasons: [{ code: 'not-for-platform' as const, platform: 'mac' as const }, { code: 'runs-on' as const, device: 'android' as const }] };
    expect(cardReasons(entry, 'mac')).toEqual([{ code: 'runs-on', device: 'android' }]);
  });

  it('shows at most two, in the card order, and never a reason the product does not have', () => {
    for (const platform of PLATFORMS) {
      for (const entry of rankAlternatives(CATALOG, NO_ANSWERS, platform).entries) {
        const shown = cardReasons(entry, computerPlatformOf(platform));
        expect(shown.length).toBeLessThanOrEqual(REASONS_SHOWN);
        const ordered = orderReasons(entry.reasons);
        // The shown ones keep their order among all of them: nothing is reordered or made up.
        const positions = shown.map((r) => ordered.indexOf(r));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
    }
  });

  it('shows one lab result, the strongest, and no "Runs on a Windows computer" beside it', () => {
    // McAfee on Windows: runs here and has three lab results; the card shows its award alone.
    const entry = rankAlternatives(CATALOG, NO_ANSWERS, 'win32').entries.find((e) => e.product.id === 'mcafee');
    expect(entry?.reasons.map((r) => r.code)).toEqual(['runs-on', 'lab-result', 'lab-result', 'lab-result']);
    if (entry) expect(cardReasons(entry, 'windows')).toEqual([entry.reasons[1]]);
  });

  it('keeps "Runs on" for the user\'s other devices, and for this computer when it is the only reason', () => {
    const android = { code: 'runs-on' as const, device: 'android' as const };
    const here = { code: 'runs-on' as const, device: 'linux' as const };
    expect(cardReasons({ group: 'lab-tested', reasons: [here, android] }, 'linux')).toEqual([android]);
    expect(cardReasons({ group: 'no-lab-record', reasons: [here, { code: 'no-lab-record-ranked-below' }] }, 'linux')).toEqual([here]);
    // Where the computer is another one, it is not "this computer".
    expect(cardReasons({ group: 'lab-tested', reasons: [here, android] }, 'windows')).toEqual([here, android]);
  });

  it('never leaves a card without a reason that had one to show', () => {
    for (const platform of PLATFORMS) {
      for (const entry of rankAlternatives(CATALOG, NO_ANSWERS, platform).entries) {
        const groupSays = entry.group === 'no-lab-record' ? 'no-lab-record-ranked-below' : entry.group;
        const own = entry.reasons.filter((r) => r.code !== groupSays);
        if (own.length > 0) expect(cardReasons(entry, computerPlatformOf(platform)).length).toBeGreaterThan(0);
      }
    }
  });
});

describe('a card says what it lacks once (issue 13.2)', () => {
  it('leaves out "no independent lab results" under the group line that says it', () => {
    const entries = rankAlternatives(CATALOG, NO_ANSWERS, 'linux').entries.filter((e) => e.lacks.some((l) => l.code === 'no-lab-results'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.group).toBe('no-lab-record');
      expect(cardLacks(entry).lines.map((l) => l.code)).not.toContain('no-lab-results');
    }
  });

  it('keeps what says more than the group line, and every lack in another group', () => {
    const old = { code: 'lab-results-old' as const, year: '2020', source: 'https://www.av-test.org/', checked: '2026-11-22' as const };
    const elsewhere = { code: 'no-lab-results-here' as const };
    expect(cardLacks({ group: 'no-lab-record', lacks: [old, elsewhere, { code: 'no-lab-results' }] })).toEqual({ lines: [old, elsewhere], unknown: [] });
    expect(cardLacks({ group: 'built-in-choice', lacks: [{ code: 'no-lab-results' }] })).toEqual({ lines: [{ code: 'no-lab-results' }], unknown: [] });
  });

  it('puts what our sources do not say into one line, in the order found, and nothing else into it', () => {
    const lacks = [
      { code: 'free-unknown' as const },
      { code: 'feature-missing' as const, feature: 'parental-control' as const },
      { code: 'feature-unknown' as const, feature: 'vpn' as const },
      { code: 'feature-unknown' as const, feature: 'password-manager' as const },
    ];
    expect(cardLacks({ group: 'lab-tested', lacks })).toEqual({ lines: [lacks[1]], unknown: ['free-version', 'vpn', 'password-manager'] });
  });

  it('every lack of every product is on its card, in a line or in the one unknown line', () => {
    const answers: Answers = { devices: ['android'], budget: 'free', features: ['vpn', 'password-manager'], keepSimple: null };
    for (const platform of PLATFORMS) {
      for (const entry of rankAlternatives(CATALOG, answers, platform).entries) {
        const { lines, unknown } = cardLacks(entry);
        const shown: readonly Lack[] = lines;
        const left = entry.lacks.filter((l) => !shown.includes(l) && l.code !== 'free-unknown' && l.code !== 'feature-unknown');
        // Only the one the group line says is left out.
        expect(left.every((l) => l.code === 'no-lab-results' && entry.group === 'no-lab-record')).toBe(true);
        expect(unknown.length).toBe(entry.lacks.filter((l) => l.code === 'free-unknown' || l.code === 'feature-unknown').length);
      }
    }
  });
});

describe('the built-in choice says "built in" once', () => {
  it('leaves "Built into Windows" out under "You asked to keep it simple: it is already built into Windows"', () => {
    const answers: Answers = { ...NO_ANSWERS, keepSimple: true };
    const entry = rankAlternatives(CATALOG, answers, 'win32').entries[0];
    expect(entry?.reasons.map((r) => r.code).slice(0, 2)).toEqual(['pinned-keep-simple', 'built-in']);
    if (entry) expect(cardReasons(entry, 'windows').map((r) => r.code)).toEqual(['pinned-keep-simple', 'free']);
  });
});

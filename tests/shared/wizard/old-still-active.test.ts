import { describe, expect, it } from 'vitest';
import type { FinishCheck } from '@shared/journal/choose-section';
import { oldStillActive } from '@shared/wizard/old-still-active';

const check = (over: Partial<FinishCheck>): FinishCheck => ({ checkedAt: '2026-12-01T10:00:00Z', platform: 'linux', verdict: 'ok', active: [], inactive: [], builtIn: null, scanWarnings: 0, ...over });
const KES = 'Kaspersky Endpoint Security for Linux';

describe('Done says once that the old product still runs (issue 13.1)', () => {
  it('says nothing more where the result already says "only it runs, out of date: choose, then remove it"', () => {
    expect(oldStillActive(check({ active: [{ id: 'kes', name: KES, builtIn: false, outOfDate: true }] }), [KES])).toBeNull();
  });

  it('says it where the result does not: the old product beside another, or alone and up to date', () => {
    const two = check({ verdict: 'two-active', active: [{ id: 'kes', name: KES, builtIn: false, outOfDate: true }, { id: 'clam', name: 'ClamAV', builtIn: false }] });
    expect(oldStillActive(two, [KES])).toBe(KES);
    expect(oldStillActive(check({ active: [{ id: 'kes', name: KES, builtIn: false, outOfDate: false }] }), [KES])).toBe(KES);
  });

  it('never for a product the user did not set out to leave, the built-in one, or no check yet', () => {
    expect(oldStillActive(check({ active: [{ id: 'clam', name: 'ClamAV', builtIn: false }] }), [KES])).toBeNull();
    expect(oldStillActive(check({ active: [{ id: 'def', name: 'Microsoft Defender Antivirus', builtIn: true }] }), ['Microsoft Defender Antivirus'])).toBeNull();
    expect(oldStillActive(null, [KES])).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProductState } from '@shared/detection/product-state';

describe('decodeProductState (masks 0xF000 state, 0x00F0 signatures)', () => {
  // Worked examples from research detection.md §1.5.
  it.each([
    [262144, 'off', 'up-to-date', false],
    [262160, 'off', 'out-of-date', false],
    [266240, 'on', 'up-to-date', false],
    [266256, 'on', 'out-of-date', false],
    [393216, 'off', 'up-to-date', false],
    [393472, 'off', 'up-to-date', true],
    [397312, 'on', 'up-to-date', false],
    [397328, 'on', 'out-of-date', false],
    [397568, 'on', 'up-to-date', true],
    [397584, 'on', 'out-of-date', true],
  ] as const)('%i → %s, %s', (value, protection, signatures, ownedByWindows) => {
    expect(decodeProductState(value)).toEqual({ protection, signatures, ownedByWindows });
  });

  it('decodes snoozed and expired, which the common lookup tables miss', () => {
    expect(decodeProductState(0x062000).protection).toBe('snoozed');
    expect(decodeProductState(0x063010)).toMatchObject({ protection: 'expired', signatures: 'out-of-date' });
  });

  it('says unknown for undefined nibbles and missing or broken values, never a guess', () => {
    expect(decodeProductState(0x065000).protection).toBe('unknown');
    expect(decodeProductState(0x061020).signatures).toBe('unknown');
    for (const bad of [null, undefined, -1, 1.5, Number.NaN]) {
      expect(decodeProductState(bad)).toEqual({ protection: 'unknown', signatures: 'unknown', ownedByWindows: false });
    }
  });

  it('depends only on the masked bits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.integer({ min: 0, max: 0xffffff }), (a, b) => {
        const mixed = (a & 0xfff0) | (b & ~0xfff0 & 0xffffff);
        expect(decodeProductState(mixed)).toEqual(decodeProductState(a & 0xfff0));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatNameList } from '@shared/wizard/name-list';

describe('names in a sentence, as each language writes a list', () => {
  it('joins them the way US English, Spanish and Russian do', () => {
    expect(formatNameList(['A', 'B', 'C'], 'en-US')).toBe('A, B, and C');
    expect(formatNameList(['A', 'B', 'C'], 'es')).toBe('A, B y C');
    expect(formatNameList(['A', 'B', 'C'], 'ru')).toBe('A, B и C');
  });

  it('leaves one name alone and joins two with the word only', () => {
    expect(formatNameList(['Kaspersky Total Security'], 'en-US')).toBe('Kaspersky Total Security');
    expect(formatNameList(['A', 'B'], 'en-US')).toBe('A and B');
  });

  it('says "or" where one of them is meant ("whether it has A, B, or C")', () => {
    expect(formatNameList(['A', 'B', 'C'], 'en-US', 'disjunction')).toBe('A, B, or C');
    expect(formatNameList(['A', 'B', 'C'], 'es', 'disjunction')).toBe('A, B o C');
    expect(formatNameList(['A', 'B', 'C'], 'ru', 'disjunction')).toBe('A, B или C');
  });
});

import { describe, expect, it } from 'vitest';
import { lineStart } from '@shared/wizard/line-start';

describe('a phrase that starts a line', () => {
  it('gets a capital in each language, and names stay as they are', () => {
    expect(lineStart('drivers', 'en')).toBe('Drivers');
    expect(lineStart('драйверы', 'ru')).toBe('Драйверы');
    expect(lineStart('los ajustes de Kaspersky', 'es')).toBe('Los ajustes de Kaspersky');
    expect(lineStart('Windows Security Center', 'en')).toBe('Windows Security Center');
  });

  it('leaves an empty phrase, a digit or a letter outside the basic plane whole', () => {
    expect(lineStart('', 'en')).toBe('');
    expect(lineStart('1Password', 'en')).toBe('1Password');
    expect(lineStart('𝒳 tool', 'en')).toBe('𝒳 tool');
  });
});

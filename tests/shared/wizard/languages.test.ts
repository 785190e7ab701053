import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../shared/wizard/languages';

describe('the language from the system (issue 13.6)', () => {
  it('takes the first preferred language SafeSwitch ships, by its base tag', () => {
    expect(pickLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(pickLanguage(['es-419'])).toBe('es');
    expect(pickLanguage(['es_US'])).toBe('es');
    expect(pickLanguage(['de-DE', 'ES-mx'])).toBe('es');
  });

  it('falls back to US English for a language it does not ship, or none', () => {
    expect(pickLanguage(['uk-UA', 'de'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage([''])).toBe('en');
  });
});

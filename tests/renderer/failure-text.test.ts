import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAILURE_CODES } from '@shared/api/failure-codes';
import { CallError } from '../../renderer/src/lib/call-error';
import { errorMessage } from '../../renderer/src/lib/failure-text';

const LOCALES = resolve(__dirname, '../../renderer/locales');
const common = (language: string) => JSON.parse(readFileSync(join(LOCALES, language, 'common.json'), 'utf8')) as { failure: Record<string, string> };

describe('a failed call is said in the reader’s language', () => {
  beforeAll(async () => {
    await i18next.init({
      lng: 'en',
      fallbackLng: 'en',
      defaultNS: 'common',
      resources: { en: { common: common('en') }, es: { common: common('es') }, ru: { common: common('ru') } },
      interpolation: { escapeValue: false },
    });
  });

  it('has English words for every code main sends (the other languages follow from the missing-key test)', () => {
    const words = common('en').failure;
    expect(FAILURE_CODES.filter((code) => code !== 'failed' && !words[code])).toEqual([]);
    // No sentence for a code nobody sends: a renamed code must not leave its old words behind.
    expect(Object.keys(words).filter((key) => key !== 'unplanned' && !(FAILURE_CODES as readonly string[]).includes(key))).toEqual([]);
  });

  it('says a coded failure in Spanish and Russian, with the program it names', async () => {
    const busy = new CallError('remove-restart-first', 'Restart the computer first, then SafeSwitch checks Kaspersky Total Security.', { product: 'Kaspersky Total Security' });
    await i18next.changeLanguage('es');
    expect(errorMessage(busy)).toBe('Primero reinicie la computadora. Luego SafeSwitch revisa Kaspersky Total Security.');
    await i18next.changeLanguage('ru');
    expect(errorMessage(new CallError('disk-full', 'The disk is full.', {}))).toBe('Диск заполнен. Освободите место и попробуйте ещё раз. Ничего не потеряно.');
    await i18next.changeLanguage('en');
    expect(errorMessage(busy)).toBe('Restart the computer first. Then SafeSwitch checks Kaspersky Total Security.');
  });

  it('keeps main’s message in English for an unplanned failure, and quotes it in other languages', async () => {
    const odd = new CallError('failed', 'The scenario file is not valid JSON.', {});
    await i18next.changeLanguage('en');
    expect(errorMessage(odd)).toBe('The scenario file is not valid JSON.');
    expect(errorMessage(new Error('bridge missing'))).toBe('bridge missing');
    await i18next.changeLanguage('ru');
    expect(errorMessage(odd)).toBe('Что-то пошло не так. Сообщение SafeSwitch (на английском): The scenario file is not valid JSON.');
    // A code this build does not know (a newer main) falls back the same way, never to a key.
    expect(errorMessage(new CallError('from-the-future', 'Something new.', {}))).toContain('Something new.');
    await i18next.changeLanguage('en');
  });
});

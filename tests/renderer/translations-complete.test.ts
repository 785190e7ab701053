import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/wizard/languages';

const LOCALES = resolve(__dirname, '../../renderer/locales');

// Plural suffixes each language needs (CLDR cardinal categories, as Intl.PluralRules reports them).
const pluralForms = (language: string): string[] => new Intl.PluralRules(language).resolvedOptions().pluralCategories;

type Flat = Map<string, string>;

function flatten(value: unknown, path: string, into: Flat): Flat {
  if (typeof value === 'string') into.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}[${i}]`, into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, into);
  return into;
}

const read = (language: string, ns: string): Flat =>
  flatten(JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')), '', new Map());

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? "").sort();

/** The keys a language must have for one English key: plural keys need the language's own forms. */
function expectedKeys(key: string, language: string): string[] {
  const plural = /^(.*)_(one|other)$/.exec(key);
  return plural ? pluralForms(language).map((form) => `${plural[1]}_${form}`) : [key];
}

export function missingKeys(english: Flat, other: Flat, language: string): string[] {
  const missing = new Set<string>();
  for (const key of english.keys()) for (const k of expectedKeys(key, language)) if (!other.get(k)?.trim()) missing.add(k);
  return [...missing];
}

const NAMESPACES = readdirSync(join(LOCALES, 'en')).map((f) => f.replace(/\.json$/, ''));
const OTHERS: string[] = LANGUAGES.filter((c) => c !== 'en');

describe('every shipped language is complete', () => {
  it('ships Spanish and Russian besides English', () => {
    expect(OTHERS.sort()).toEqual(['es', 'ru']);
  });

  for (const language of OTHERS) {
    for (const ns of NAMESPACES) {
      it(`${language}/${ns}.json has every English key, with the language's plural forms`, () => {
        expect(missingKeys(read('en', ns), read(language, ns), language)).toEqual([]);
      });

      it(`${language}/${ns}.json has no key English lacks`, () => {
        const english = read('en', ns);
        const allowed = new Set([...english.keys()].flatMap((k) => expectedKeys(k, language)));
        expect([...read(language, ns).keys()].filter((k) => !allowed.has(k))).toEqual([]);
      });

      it(`${language}/${ns}.json keeps every {{placeholder}} of the English text`, () => {
        const english = read('en', ns);
        const other = read(language, ns);
        const wrong: string[] = [];
        for (const [key, text] of english) {
          for (const k of expectedKeys(key, language)) {
            const translated = other.get(k);
            if (translated === undefined) continue;
            // A plural form may write its number out ("1 archivo") instead of {{count}}.
            const plural = /_(zero|one|two|few|many|other)$/.test(k);
            const want = placeholders(text).filter((p) => !(plural && p === 'count'));
            const got = placeholders(translated).filter((p) => !(plural && p === 'count'));
            if (want.join() !== got.join()) wrong.push(`${k}: ${want.join(',')} ≠ ${got.join(',')}`);
          }
        }
        expect(wrong).toEqual([]);
      });
    }
  }

  it('the self-test: a missing key and a missing Russian plural form are caught', () => {
    const english: Flat = new Map([['a', 'A'], ['files_one', '1 file'], ['files_other', '{{count}} files']]);
    const russian: Flat = new Map([['files_one', '1 файл'], ['files_few', '{{count}} файла'], ['files_other', '{{count}} файла']]);
    expect(missingKeys(english, russian, 'ru')).toEqual(['a', 'files_many']);
  });
});

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatCatalogDay } from '@shared/wizard/catalog-date';
import { formatNameList } from '@shared/wizard/name-list';
import { LANGUAGES, type Language } from '@shared/wizard/languages';
import check from '../locales/en/check.json';
import common from '../locales/en/common.json';

/**
 * Every string the user reads lives in renderer/locales/<language>/<namespace>.json, in US English,
 * Spanish and Russian. English's first-screen strings (common, check) are in the main bundle; every
 * other file is its own chunk, loaded with its step or when the language changes (issue 13.11).
 */
export const resources = { en: { common, check } } as const;

export const NAMESPACES = ['common', 'check', 'save', 'remove', 'choose', 'done'] as const;
/** The first screen's namespaces: loaded before anything shows. */
const FIRST = ['common', 'check'] as const;

type Loader = () => Promise<{ default: Record<string, unknown> }>;
// One lazy chunk per file: '../locales/es/save.json' and so on.
const FILES = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json') as Record<string, Loader>;

/** The namespaces a screen needs, loaded for the current language (once; a second call is free). */
export async function loadNamespaces(namespaces: readonly string[], language: string = i18next.language): Promise<void> {
  await Promise.all(
    namespaces.map(async (ns) => {
      if (i18next.hasResourceBundle(language, ns)) return;
      const load = FILES[`../locales/${language}/${ns}.json`];
      if (!load) return;
      i18next.addResourceBundle(language, ns, (await load()).default);
    }),
  );
}

const loadedHere = new Set<string>(FIRST);
/** Remembers which namespaces the app has needed, so a language switch loads them all at once. */
export function noteNamespaces(namespaces: readonly string[]): void {
  for (const ns of namespaces) loadedHere.add(ns);
}

/** The language asked for last: a switch whose strings arrive after a newer one's is dropped. */
let latest: Language | null = null;

/**
 * Switches the language once the strings the screen needs are loaded. Two quick arrow presses in
 * the list ask for two languages; the strings of the first may arrive last, and must not win.
 * Resolves true when this language is the one shown, false when a newer choice replaced it.
 */
export async function changeLanguage(language: Language): Promise<boolean> {
  latest = language;
  await loadNamespaces([...loadedHere], language);
  if (latest !== language) return false;
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return true;
}

export async function initI18n(language: Language = 'en'): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    supportedLngs: [...LANGUAGES],
    // A missing string must never show its key; the tests make sure none is missing.
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: [...NAMESPACES],
    resources,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
    // A missing string would show its key to the user: report it loudly (the e2e tests fail on it).
    saveMissing: true,
    missingKeyHandler: (_languages, namespace, key) => {
      console.error(`SafeSwitch: missing string ${namespace}:${key}`);
    },
  });
  if (language !== 'en') await loadNamespaces(FIRST, language);
  document.documentElement.lang = language;
}

/** A date from the catalog in the reader's language ("Nov 22, 2026", "22 нояб. 2026 г."). */
export const formatCatalogDate = (value: string): string => formatCatalogDay(value, i18next.language, 'medium');

/** "2 minutes 5 seconds" / "2 минуты 5 секунд" in the reader's language (Intl's own units and plurals). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const unit = (value: number, u: 'minute' | 'second') => new Intl.NumberFormat(i18next.language, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  const minutes = Math.floor(total / 60);
  return minutes > 0 ? `${unit(minutes, 'minute')} ${unit(total % 60, 'second')}` : unit(total, 'second');
}

/** "A, B, and C" / "A, B y C" / "A, B и C": a list of names inside a sentence, in the reader's language. */
export const formatList = (names: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string => formatNameList(names, i18next.language, type);

/** Dates and numbers in the reader's language. */
export const formatDateTime = (iso: string): string => new Date(iso).toLocaleString(i18next.language, { dateStyle: 'medium', timeStyle: 'short' });
export const formatDate = (iso: string): string => new Date(iso).toLocaleDateString(i18next.language, { dateStyle: 'medium' });
export const formatNumber = (n: number, digits = 0): string => new Intl.NumberFormat(i18next.language, { maximumFractionDigits: digits }).format(n);

const MB = 1024 * 1024;
/** A file's size in the reader's language and units ("12.5 MB", "1 кБ"): at least 1 kB, so no file reads as empty. */
export function formatFileSize(bytes: number): string {
  const [value, unit, digits] = bytes >= MB ? [bytes / MB, 'megabyte', 1] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte', 0];
  return new Intl.NumberFormat(i18next.language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
}

/** The languages SafeSwitch ships, US English first (issue 13.6). */
export const LANGUAGES = ['en', 'es', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The user's language from the system's preferred languages (navigator.languages in the window,
 * which Electron fills from the operating system): the first one SafeSwitch ships, else English.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    const found = LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

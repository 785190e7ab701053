import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import check from '../locales/en/check.json';
import choose from '../locales/en/choose.json';
import common from '../locales/en/common.json';
import done from '../locales/en/done.json';
import remove from '../locales/en/remove.json';
import save from '../locales/en/save.json';

/** Every string the user reads lives in renderer/locales/<language>/<namespace>.json. */
export const resources = { en: { common, check, save, remove, choose, done } } as const;

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(resources.en),
    resources,
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
    // A missing string would show its key to the user: report it loudly (the e2e tests fail on it).
    saveMissing: true,
    missingKeyHandler: (_languages, namespace, key) => {
      console.error(`SafeSwitch: missing string ${namespace}:${key}`);
    },
  });
}

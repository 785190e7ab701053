import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import check from '../locales/en/check.json';
import common from '../locales/en/common.json';

/**
 * Every string the user reads lives in renderer/locales/<language>/<namespace>.json. The first
 * screen's strings (common, check) are in the main bundle; each later step's strings come in its
 * own chunk with the step (issue 13.11: a smaller first load).
 */
export const resources = { en: { common, check } } as const;

type Loader = () => Promise<{ default: Record<string, unknown> }>;
const LATER_NAMESPACES: Readonly<Record<string, Loader>> = {
  save: () => import('../locales/en/save.json'),
  remove: () => import('../locales/en/remove.json'),
  choose: () => import('../locales/en/choose.json'),
  done: () => import('../locales/en/done.json'),
};

/** Loads a later step's strings before its screen shows (once; a second call is free). */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  await Promise.all(
    namespaces.map(async (ns) => {
      const load = LATER_NAMESPACES[ns];
      if (!load || i18next.hasResourceBundle('en', ns)) return;
      i18next.addResourceBundle('en', ns, (await load()).default);
    }),
  );
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: [...Object.keys(resources.en), ...Object.keys(LATER_NAMESPACES)],
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

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/wizard/languages';
import { changeLanguage } from '../i18n';
import { useWizard } from '../store/wizard-store';

/**
 * The language in the header (issue 13.6): each name in its own language, so anyone can find theirs.
 * The choice is kept in the journal, so SafeSwitch opens in it next time.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const setLanguage = useWizard((s) => s.setLanguage);
  const id = useId();
  const current = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';
  // The list shows the choice at once, while its strings load: a controlled list would jump back to
  // the old language meanwhile, and the next arrow press would start from there.
  const [chosen, setChosen] = useState<Language | null>(null);
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={chosen ?? current}
        onChange={(e) => {
          const language = e.target.value as Language;
          setChosen(language);
          void changeLanguage(language).then((shown) => {
            // Only the language shown is kept in the journal; a replaced choice is not.
            if (!shown) return;
            setChosen((c) => (c === language ? null : c));
            return setLanguage(language);
          }, () => setChosen(null)); // Its strings could not load: the list shows the language still in use.
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

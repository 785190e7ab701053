import { useId } from 'react';
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
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const language = e.target.value as Language;
          void changeLanguage(language).then(() => setLanguage(language));
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

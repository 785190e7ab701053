import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveOverview, SettingsOutcome } from '@shared/api/save-calls';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';

interface SettingsSectionProps {
  readonly overview: SaveOverview;
  readonly onChanged: () => void;
}

/** Kaspersky's settings part: back them up into the folder, asking for Kaspersky's settings password when it wants one. */
export function SettingsSection({ overview, onChanged }: SettingsSectionProps) {
  const { t } = useTranslation('save');
  const passwordId = useId();
  const explainId = useId();
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<SettingsOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const asking = outcome?.status === 'needs-password' || outcome?.status === 'wrong-password';

  async function backup(withPassword: boolean) {
    setWorking(true);
    setProblem(null);
    try {
      const result = await api.backupSettings(withPassword ? { password } : {});
      setOutcome(result);
      onChanged();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      // The password is only needed for that one command: forget it in the window too.
      setPassword('');
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="save-kaspersky-heading">
      <h2 id="save-kaspersky-heading">{t('kaspersky.heading')}</h2>
      <p>{t('kaspersky.settingsExplain')}</p>
      <div className="actions">
        <button type="button" className="button secondary" disabled={working || !overview.folder.path} onClick={() => void backup(false)}>
          {t('kaspersky.settingsAction')}
        </button>
      </div>
      {!overview.folder.path ? <p className="note">{t('convert.needFolder')}</p> : null}
      <div aria-live="polite">
        {working ? <p role="status">{t('kaspersky.settingsWorking')}</p> : null}
        {problem ? <p role="alert">{problem}</p> : null}
        {outcome ? <p>{t(`kaspersky.status.${outcome.status}`, { file: outcome.file ?? '' })}</p> : null}
        {outcome?.detail && outcome.status !== 'saved' ? <p className="muted">{t('kaspersky.detail', { detail: outcome.detail })}</p> : null}
      </div>
      {asking ? (
        <form
          className="notice password-ask"
          onSubmit={(e) => {
            e.preventDefault();
            if (password) void backup(true);
          }}
        >
          <label htmlFor={passwordId}>{t('kaspersky.passwordLabel')}</label>
          {/* What the password is, before what SafeSwitch does with it (issue 13.5). */}
          <p>{t('kaspersky.passwordWhat')}</p>
          <p id={explainId} className="muted">
            {t('kaspersky.passwordExplain')}
          </p>
          <input
            id={passwordId}
            type="password"
            autoComplete="off"
            aria-describedby={explainId}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button secondary" disabled={!password || working}>
            {t('kaspersky.passwordAction')}
          </button>
        </form>
      ) : null}

    </section>
  );
}

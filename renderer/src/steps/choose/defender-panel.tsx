import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinishCheck } from '@shared/journal/choose-section';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';
import { FinishResult } from '../done/finish-result';

/** The built-in choice: how to turn Microsoft Defender on (or that XProtect on a Mac needs nothing), and a check. */
export function DefenderPanel({ platform }: { platform: string }) {
  const { t } = useTranslation('choose');
  const [opened, setOpened] = useState<boolean | null>(null);
  const [check, setCheck] = useState<FinishCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const steps = t('get.builtInSteps', { returnObjects: true }) as string[];

  if (platform !== 'win32' && platform !== 'darwin') return <p>{t('get.notWindows')}</p>;

  const openSettings = async () => setOpened((await api.openDefenderSettings({})).opened);
  const runCheck = async () => {
    setBusy(true);
    setError(null);
    try {
      setCheck(await api.finishCheck({}));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (platform === 'darwin') {
    return (
      <section aria-labelledby="defender-heading">
        <h3 id="defender-heading">{t('get.macHeading')}</h3>
        <p>{t('get.macIntro')}</p>
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void runCheck()} disabled={busy}>
            {busy ? t('get.checking') : t('get.checkNow')}
          </button>
        </div>
        <div aria-live="polite">{error ? <p role="alert">{error}</p> : null}</div>
        {check ? <FinishResult check={check} onOpenDefender={() => undefined} /> : null}
      </section>
    );
  }

  return (
    <section aria-labelledby="defender-heading">
      <h3 id="defender-heading">{t('get.builtInHeading')}</h3>
      <p>{t('get.builtInIntro')}</p>
      <ol>
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <p className="fact-source">{t('get.builtInSource', { source: t('get.builtInSourceUrl') })}</p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void openSettings()}>
          {t('get.openDefender')}
        </button>
        <button type="button" className="button secondary" onClick={() => void runCheck()} disabled={busy}>
          {busy ? t('get.checking') : t('get.checkNow')}
        </button>
      </div>
      <div aria-live="polite">
        {opened === true ? <p>{t('get.defenderOpened')}</p> : null}
        {opened === false ? <p>{t('get.defenderNotOpened')}</p> : null}
        {error ? <p role="alert">{error}</p> : null}
      </div>
      {check ? <FinishResult check={check} onOpenDefender={() => void openSettings()} /> : null}
    </section>
  );
}

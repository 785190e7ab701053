import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenReportOutcome } from '@shared/api/save-calls';
import { api } from '../lib/api';
import { errorMessage } from '../lib/failure-text';

/**
 * "Open the report": main opens report.html of the migration folder (the window sends no path).
 * What happened is said right under the button; when nothing could open it, the path to open by hand.
 */
export function OpenReport({ primary = false }: { readonly primary?: boolean }) {
  const { t } = useTranslation('common');
  const [outcome, setOutcome] = useState<OpenReportOutcome | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    setFailed(null);
    try {
      setOutcome(await api.openMigrationReport({}));
    } catch (e) {
      setFailed(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="open-report">
      <button type="button" className={primary ? 'button primary' : 'button secondary'} onClick={() => void open()} disabled={busy}>
        {t('report.open')}
      </button>
      <div aria-live="polite">
        {outcome?.status === 'opened' ? <p>{t('report.opened')}</p> : null}
        {outcome?.status === 'not-opened' && outcome.path ? <p className="break">{t('report.notOpened', { path: outcome.path })}</p> : null}
        {outcome?.status === 'no-report' ? <p>{t('report.noReport')}</p> : null}
        {failed ? <p role="alert">{t('report.failed', { message: failed })}</p> : null}
      </div>
    </div>
  );
}

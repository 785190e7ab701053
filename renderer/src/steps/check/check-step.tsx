import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StepPage } from '../../components/step-page';
import type { StepProps } from '../step-props';
import { CheckResults } from './check-results';
import { useScan } from './use-scan';

/** Check: finds what protects this computer. It only looks; it changes nothing. */
export function CheckStep({ onCancel }: StepProps) {
  const { t, i18n } = useTranslation('check');
  const common = useTranslation('common').t;
  const { report, scanning, progress, error, scan } = useScan();
  // When a check the user started ends, focus moves to its answer, so keyboard and screen-reader users
  // land on "SafeSwitch found …" instead of staying on the button above it.
  const results = useRef<HTMLDivElement>(null);
  const wasScanning = useRef(false);
  useEffect(() => {
    if (wasScanning.current && !scanning && report) results.current?.querySelector<HTMLElement>('h2')?.focus();
    wasScanning.current = scanning;
  }, [scanning, report]);
  // A source without a plain-words name (a new collector) is shown as named, never as a missing key.
  const source = progress ? (i18n.exists(`check:sources.${progress.collector}`) ? t(`sources.${progress.collector}`) : progress.collector) : '';

  return (
    <StepPage
      step="check"
      title={t('title')}
      intro={<p>{t('intro')}</p>}
      next={{ label: common('actions.next'), disabled: !report || scanning }}
      onCancel={onCancel}
    >
      <div className="actions">
        <button type="button" className={report ? 'button secondary' : 'button primary'} onClick={() => void scan()} disabled={scanning}>
          {report ? t('rescan') : t('scan')}
        </button>
      </div>
      <div aria-live="polite" className="live">
        {scanning ? (
          <p>
            <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={t('progressLabel')} />{' '}
            {progress ? t('scanningSource', { done: progress.done, total: progress.total, source }) : t('scanStarting')}
          </p>
        ) : null}
        {error ? <p role="alert">{t('scanFailed', { message: error })}</p> : null}
      </div>
      {!report && !scanning ? <p>{t('notScannedYet')}</p> : null}
      {report && !scanning ? (
        <div ref={results}>
          <CheckResults report={report} />
        </div>
      ) : null}
    </StepPage>
  );
}

import '../choose/choose.css';
import { useTranslation } from 'react-i18next';
import { oldStillActive } from '@shared/wizard/old-still-active';
import { StepPage } from '../../components/step-page';
import { api } from '../../lib/api';
import { useWizard } from '../../store/wizard-store';
import type { StepProps } from '../step-props';
import { DoneDetails } from './done-details';
import { FinishResult } from './finish-result';
import { useDone } from './use-done';

/** Done: the finish check, what changed, what was saved and where, the next steps, and the report. */
export function DoneStep({ onCancel }: StepProps) {
  const { t } = useTranslation('done');
  const leave = useWizard((s) => s.leave);
  const complete = useWizard((s) => s.complete);
  const { summary, checking, error, reportError, check, writeReport } = useDone();
  const result = summary?.finishCheck ?? null;
  const chosen = summary?.chosen ?? null;
  // The product the user picked is not among those protecting: say so, it may still be installing.
  // The old product is still one of those protecting (removal skipped or not finished).
  const stillActive = oldStillActive(result, summary?.oldProducts ?? []);
  const chosenNotSeen =
    result !== null && chosen !== null && !result.active.some((a) => (chosen.builtIn ? a.builtIn : a.name.toLowerCase().includes(chosen.vendor.toLowerCase())));

  return (
    <StepPage
      step="done"
      title={t('title')}
      intro={<p>{t('intro')}</p>}
      // The last step ends with one clear way out: Close SafeSwitch (a Cancel beside it would mean the same).
      next={{ label: t('close'), onClick: () => complete('done').then(leave) }}
      cancel={false}
      onCancel={onCancel}
    >
      <h2>{t('result.heading')}</h2>
      <div className="actions">
        <button type="button" className={result ? 'button secondary' : 'button primary'} onClick={() => void check()} disabled={checking}>
          {result ? t('checkAgain') : t('check')}
        </button>
      </div>
      <div aria-live="polite">
        {checking ? <p>{t('checking')}</p> : null}
        {error ? <p role="alert">{t('checkFailed', { message: error })}</p> : null}
      </div>
      {result ? (
        <FinishResult check={result} onOpenDefender={() => void api.openDefenderSettings({})} />
      ) : !checking ? (
        <p>{t('notChecked')}</p>
      ) : null}
      {stillActive ? <p className="result warning">{t('result.oldStillActive', { name: stillActive })}</p> : null}
      {chosenNotSeen && chosen ? <p className="result warning">{t('result.chosenNotSeen', { name: chosen.name })}</p> : null}
      {summary ? <DoneDetails summary={summary} reportError={reportError} onWriteReport={() => void writeReport()} /> : null}
      <p className="next-hint">{t('closeHint')}</p>
    </StepPage>
  );
}

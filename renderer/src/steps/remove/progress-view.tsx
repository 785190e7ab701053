import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n';
import type { PlainText, ProductPlan } from '@shared/removal';
import type { ProductRemoval } from '@shared/journal/remove-section';
import type { OutputLine } from './use-removal';
import { Disclosure } from '../../components/disclosure';

export interface ProgressViewProps {
  readonly plan: ProductPlan | null;
  readonly record: ProductRemoval;
  readonly platform: string;
  readonly output: readonly OutputLine[];
  readonly cancelling: boolean;
  readonly onCancel: () => void;
}

/**
 * What a non-technical user sees while the uninstaller runs: which step of how many, what to expect
 * (a permission prompt), the uninstaller's own words behind a disclosure, and a way to stop waiting.
 */
export function ProgressView({ plan, record, platform, output, cancelling, onCancel }: ProgressViewProps) {
  const { t } = useTranslation('remove');
  const say = (text: PlainText) => t(text.key, text.params);
  const steps = plan?.steps ?? [];
  const verifying = record.state === 'verifying';
  // Time so far, against the range the plan expects (issue 13.4): a bar alone says too little.
  const started = record.commands[0]?.startedAt ?? record.updatedAt;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const elapsed = now - new Date(started).getTime();
  const range = plan?.expectedSeconds ?? null;

  return (
    <>
      <p role="status" aria-live="polite">
        {verifying ? t('progress.verifying', { product: record.name }) : t('progress.running', { product: record.name })}
      </p>
      <progress aria-label={t('progress.label', { product: record.name })} />
      {/* Not a live region: a screen reader would hear the clock every second. */}
      <p className="progress-time">
        {t('progress.elapsed', { time: formatDuration(elapsed) })}{' '}
        {range ? t('progress.expected', { min: Math.max(1, Math.round(range.min / 60)), max: Math.max(1, Math.round(range.max / 60)) }) : null}
      </p>
      {range && elapsed > range.max * 1000 ? <p className="note">{t('progress.longer')}</p> : null}
      <ol className="progress-steps">
        {steps.map((step, i) => (
          <li key={step.id} aria-current={i === record.step ? 'step' : undefined}>
            {i < record.step ? `${t('progress.doneMark')} ` : i === record.step ? `${t('progress.nowMark')} ` : ''}
            {say(step.text)}
          </li>
        ))}
      </ol>
      {!verifying ? <p className="notice">{t(`progress.prompt.${platform}`, { product: record.name })}</p> : null}
      {!verifying ? <p>{t('progress.keepOpen')}</p> : null}
      <Disclosure label={t('progress.showOutput')}>
        {output.length === 0 ? (
          <p className="muted">{t('progress.noOutput')}</p>
        ) : (
          <pre className="output" tabIndex={0} aria-label={t('progress.outputLabel')}>
            <code>{output.map((l) => l.line).join('\n')}</code>
          </pre>
        )}
      </Disclosure>
      {!verifying ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={onCancel} disabled={cancelling}>
            {t('progress.cancel')}
          </button>
        </div>
      ) : null}
      {!verifying ? <p className="muted">{t('progress.cancelNote')}</p> : null}
    </>
  );
}

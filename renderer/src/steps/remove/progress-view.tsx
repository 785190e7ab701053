import { useTranslation } from 'react-i18next';
import type { PlainText, ProductPlan } from '@shared/removal';
import type { ProductRemoval } from '@shared/journal/remove-section';
import type { OutputLine } from './use-removal';

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

  return (
    <>
      <p role="status" aria-live="polite">
        {verifying ? t('progress.verifying', { product: record.name }) : t('progress.running', { product: record.name })}
      </p>
      <progress aria-label={t('progress.label', { product: record.name })} />
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
      <details>
        <summary>{t('progress.showOutput')}</summary>
        {output.length === 0 ? (
          <p className="muted">{t('progress.noOutput')}</p>
        ) : (
          <pre className="output" tabIndex={0} aria-label={t('progress.outputLabel')}>
            <code>{output.map((l) => l.line).join('\n')}</code>
          </pre>
        )}
      </details>
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

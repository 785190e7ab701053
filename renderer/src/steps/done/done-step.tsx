import { useTranslation } from 'react-i18next';
import { StepPage } from '../../components/step-page';
import type { StepProps } from '../step-props';

/** The Done step's final structure; its action stays disabled until its engine is built. */
export function DoneStep({ onCancel }: StepProps) {
  const { t } = useTranslation('done');
  const common = useTranslation('common').t;
  const will = t('will', { returnObjects: true }) as string[];
  return (
    <StepPage step="done" title={t('title')} intro={<p>{t('intro')}</p>} onCancel={onCancel}>
      <h2>{t('willHeading')}</h2>
      <ul>
        {will.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="notice-inline">{common('notBuiltYet')}</p>
      <button type="button" className="button primary" disabled>
        {t('action')}
      </button>
    </StepPage>
  );
}

import { useTranslation } from 'react-i18next';
import { StepPage } from '../../components/step-page';
import type { StepProps } from '../step-props';
import { ProductCard } from './product-card';
import { useScan } from './use-scan';

/** Check: finds what protects this computer. It only looks; it changes nothing. */
export function CheckStep({ onCancel }: StepProps) {
  const { t } = useTranslation('check');
  const common = useTranslation('common').t;
  const { report, scanning, progress, error, scan } = useScan();

  return (
    <StepPage
      step="check"
      title={t('title')}
      intro={<p>{t('intro')}</p>}
      next={{ label: common('actions.next'), disabled: !report || scanning }}
      onCancel={onCancel}
    >
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void scan()} disabled={scanning}>
          {report ? t('rescan') : t('scan')}
        </button>
      </div>
      <div aria-live="polite" className="live">
        {scanning ? (
          <p>
            <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={t('scan')} />{' '}
            {t('scanning', { done: progress?.done ?? 0, total: progress?.total ?? 0 })}
          </p>
        ) : null}
        {error ? <p role="alert">{t('scanFailed', { message: error })}</p> : null}
      </div>
      {!report && !scanning ? <p>{t('notScannedYet')}</p> : null}
      {report ? (
        <>
          <h2>{report.products.length > 0 ? t('found', { count: report.products.length }) : t('nothingFound')}</h2>
          {report.products.length === 0 ? <p>{t('nothingFoundMeaning')}</p> : null}
          <div className="cards">
            {report.products.map((product) => (
              <ProductCard key={product.id} product={product} />
            ))}
          </div>
          <h2>{t('builtInHeading')}</h2>
          <p>
            {report.builtIn
              ? t('builtIn', { name: report.builtIn.name, state: t(`builtInState.${report.builtIn.protection}`) })
              : t('noBuiltIn')}
          </p>
          {report.warnings.length > 0 ? (
            <>
              <h2>{t('warningsHeading')}</h2>
              <ul>
                {report.warnings.map((w) => (
                  <li key={w.source}>
                    {w.source}: {w.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="next-hint">{t('next')}</p>
        </>
      ) : null}
    </StepPage>
  );
}

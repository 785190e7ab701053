import { useTranslation } from 'react-i18next';
import type { ScanReport } from '@shared/contracts/scan-report';
import { lineStart } from '@shared/wizard/line-start';
import { ProductCard } from './product-card';
import { builtInStatusKey, protectionSummary } from './protection-summary';
import { formatList } from '../../i18n';

/** The answer: protected or not, one card per product, the built-in protection, what could not be read. */
export function CheckResults({ report }: { readonly report: ScanReport }) {
  const { t, i18n } = useTranslation('check');
  const label = (group: 'sources' | 'evidence', key: string): string =>
    i18n.exists(`check:${group}.${key}`) ? t(`${group}.${key}`) : key;
  const summary = protectionSummary(report);
  const builtInKey = builtInStatusKey(report);
  return (
    <>
      <h2 tabIndex={-1}>{report.products.length > 0 ? t('found', { count: report.products.length }) : t('nothingFound')}</h2>
      <p className="summary">{t(`summary.${summary.key}`, { names: formatList(summary.names) })}</p>
      {report.products.length === 0 ? <p>{t('nothingFoundMeaning')}</p> : null}
      <div className="cards">
        {report.products.map((product) => (
          <ProductCard key={product.id} product={product} label={(source) => label('evidence', source)} />
        ))}
      </div>
      <h2>{t('builtInHeading')}</h2>
      <p>{report.builtIn && builtInKey ? t(builtInKey, { name: report.builtIn.name }) : t('noBuiltIn')}</p>
      {report.warnings.length > 0 ? (
        <>
          <h2>{t('warningsHeading')}</h2>
          <p>{t('warningsMeaning')}</p>
          <ul>
            {report.warnings.map((w) => (
              <li key={w.source}>
                {lineStart(label('sources', w.source), i18n.language)}: {w.kind ? t(`warningKind.${w.kind}`, { seconds: w.seconds ?? 0 }) : w.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="next-hint">{t('next')}</p>
    </>
  );
}

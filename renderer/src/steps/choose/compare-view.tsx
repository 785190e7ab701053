import { useTranslation } from 'react-i18next';
import type { CatalogProduct } from '@shared/alternatives/index';
import { useFactRows } from './product-facts';

/** Two or three products side by side, feature by feature, every cell with its source and date. */
export function CompareView({ products, onBack }: { products: readonly CatalogProduct[]; onBack: () => void }) {
  const { t } = useTranslation('choose');
  const rows = useFactRows();
  const names = products.map((p) => p.name).join(', ');
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading" tabIndex={-1}>{t('compare.heading')}</h2>
      <div className="actions">
        <button type="button" className="button secondary" onClick={onBack}>
          {t('compare.back')}
        </button>
      </div>
      <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
        <table className="compare">
          <caption id="compare-caption">{t('compare.caption', { names })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.feature')}</th>
              {products.map((p) => (
                <th scope="col" key={p.id}>
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {products.map((p) => (
                  <td key={p.id}>{row.cell(p)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

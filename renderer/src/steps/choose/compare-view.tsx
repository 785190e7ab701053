import { formatCatalogDate } from '../../i18n';
import { useTranslation } from 'react-i18next';
import type { CatalogProduct } from '@shared/alternatives/index';
import { useFactRows, type FactEntry, type FactRow } from './product-facts';

/** Sources numbered in the order they first appear in the table: [1], [2]… */
export function numberSources(rows: readonly FactRow[], products: readonly CatalogProduct[]): { rows: FactRow[]; hidden: number; notes: FactEntry[] } {
  const shown = rows.filter((row) => products.some((p) => row.entries(p) !== null));
  const notes: FactEntry[] = [];
  for (const row of shown) {
    for (const p of products) {
      for (const e of row.entries(p) ?? []) {
        // One footnote per page: if two facts read it on different days, the newest day is shown.
        const i = notes.findIndex((n) => n.source === e.source);
        if (i < 0) notes.push({ text: '', source: e.source, checked: e.checked });
        else if (e.checked > notes[i]!.checked) notes[i] = { text: '', source: e.source, checked: e.checked };
      }
    }
  }
  return { rows: shown, hidden: rows.length - shown.length, notes };
}

/**
 * Two or three products side by side. A row our sources know for none of them is hidden (and the
 * count said); each value carries a footnote number, and the sources are listed under the table.
 */
export function CompareView({ products, onBack }: { products: readonly CatalogProduct[]; onBack: () => void }) {
  const { t } = useTranslation('choose');
  const { rows, hidden, notes } = numberSources(useFactRows(), products);
  const names = products.map((p) => p.name).join(', ');
  const noteOf = (e: FactEntry): number => notes.findIndex((n) => n.source === e.source) + 1;
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
                {products.map((p) => {
                  const entries = row.entries(p);
                  return (
                    <td key={p.id}>
                      {entries === null ? (
                        <span className="fact-unknown">{t('fact.unknown')}</span>
                      ) : (
                        entries.map((e) => (
                          <span className="compare-value" key={`${e.text}-${e.source}`}>
                            {e.text}{' '}
                            <a className="footnote-ref" href={`#source-${noteOf(e)}`} aria-label={t('compare.sources') + ` ${noteOf(e)}`}>
                              [{noteOf(e)}]
                            </a>
                          </span>
                        ))
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 ? <p className="muted">{t('compare.hiddenRows', { count: hidden })}</p> : null}
      <h3>{t('compare.sources')}</h3>
      <ol className="footnotes">
        {notes.map((n, i) => (
          <li key={n.source} id={`source-${i + 1}`}>
            {t('compare.footnote', { source: n.source, date: formatCatalogDate(n.checked) })}
          </li>
        ))}
      </ol>
    </section>
  );
}

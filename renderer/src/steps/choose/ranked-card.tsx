import { useTranslation } from 'react-i18next';
import type { RankedEntry } from '@shared/alternatives/index';
import { lackText, reasonSource, reasonText } from './fact-text';
import { ProductFacts } from './product-facts';

export interface RankedCardProps {
  readonly entry: RankedEntry;
  readonly chosen: boolean;
  readonly compared: boolean;
  readonly compareDisabled: boolean;
  readonly onCompare: (checked: boolean) => void;
  readonly onChoose: () => void;
}

/** One product in the list: its place, why it is there, what it lacks, and every fact with its source. */
export function RankedCard({ entry, chosen, compared, compareDisabled, onCompare, onChoose }: RankedCardProps) {
  const { t } = useTranslation('choose');
  const { product } = entry;
  const headingId = `product-${product.id}`;
  return (
    <article className={chosen ? 'card ranked chosen' : 'card ranked'} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('list.place', { place: entry.place })} {product.name}
      </h3>
      <p className="muted">
        {t(`list.group.${entry.group}`)}
        {chosen ? <strong className="chosen-tag"> · {t('list.chosen')}</strong> : null}
      </p>
      <h4>{t('list.why')}</h4>
      <ul className="reasons">
        {entry.reasons.map((reason, i) => {
          const source = reasonSource(reason);
          return (
            <li key={`${reason.code}-${i}`}>
              {reasonText(t, reason)}
              {source ? <span className="fact-source">{t('fact.source', { source })}</span> : null}
            </li>
          );
        })}
      </ul>
      <h4>{t('list.lacks')}</h4>
      {entry.lacks.length === 0 ? (
        <p>{t('list.nothingLacking')}</p>
      ) : (
        <ul className="lacks">
          {entry.lacks.map((lack, i) => (
            <li key={`${lack.code}-${i}`}>{lackText(t, lack)}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('list.facts', { name: product.name })}</summary>
        <ProductFacts product={product} />
      </details>
      <div className="actions">
        <span className="choice">
          <input
            type="checkbox"
            id={`compare-${product.id}`}
            checked={compared}
            disabled={compareDisabled && !compared}
            onChange={(e) => onCompare(e.target.checked)}
          />
          <label htmlFor={`compare-${product.id}`}>{t('list.compareBox', { name: product.name })}</label>
        </span>
        <button type="button" className={chosen ? 'button secondary' : 'button primary'} onClick={onChoose}>
          {t('list.choose', { name: product.name })}
        </button>
      </div>
    </article>
  );
}

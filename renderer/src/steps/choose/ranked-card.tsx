import { formatCatalogDate } from '../../i18n';
import { useTranslation } from 'react-i18next';
import type { ComputerPlatform, RankedEntry, Reason } from '@shared/alternatives/index';
import { Disclosure } from '../../components/disclosure';
import { lackText, reasonText } from './fact-text';
import { lackLineSource, reasonLineSource, siteName, type LineSource } from './line-source';
import { ProductFacts } from './product-facts';

export interface RankedCardProps {
  readonly entry: RankedEntry;
  readonly chosen: boolean;
  readonly compared: boolean;
  readonly compareDisabled: boolean;
  /** The best fit gets the one filled button; the others are outlined so the eye lands on it first. */
  readonly first: boolean;
  readonly onCompare: (checked: boolean) => void;
  readonly onChoose: () => void;
  /** This computer's platform: a free version or lab result counts only here. */
  readonly computer: ComputerPlatform;
}

/** How many reasons show on the card; the others are under "Facts and sources", so nothing is hidden for good. */
export const REASONS_SHOWN = 2;

/**
 * Reasons that answer the user's own questions (and warnings) first, then price, then lab results:
 * the card's first lines should say why it fits *them*. Stable, so the ranking's order holds within each.
 */
const REASON_ORDER: Record<Reason['code'], number> = {
  'pinned-keep-simple': 0,
  'pinned-free-built-in': 0,
  notice: 0,
  'not-for-platform': 0,
  'built-in': 1,
  'no-lab-record-ranked-below': 1,
  'listed-because-received': 1,
  'has-feature': 2,
  'imports-kaspersky-passwords': 3,
  free: 4,
  'free-scan-only': 4,
  'runs-on': 5,
  'lab-result': 6,
};

export function orderReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.map((reason, i) => ({ reason, i })).sort((a, b) => REASON_ORDER[a.reason.code] - REASON_ORDER[b.reason.code] || a.i - b.i).map((x) => x.reason);
}

/** "Source: av-test.org, checked 2026-11-01": short enough to read; the full address is in the facts. */
function ShortSource({ line }: { line: LineSource | null }) {
  const { t } = useTranslation('choose');
  if (!line) return null;
  return <span className="fact-source">{t('list.sourceShort', { site: siteName(line.source), date: formatCatalogDate(line.checked) })}</span>;
}

function ReasonList({ product, reasons }: { product: RankedEntry['product']; reasons: readonly Reason[] }) {
  const { t } = useTranslation('choose');
  return (
    <ul className="reasons">
      {reasons.map((reason, i) => (
        <li key={`${reason.code}-${i}`}>
          {reasonText(t, reason)}
          <ShortSource line={reasonLineSource(product, reason)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * One product in the list: its place, why it is there and what it lacks (each line with its source
 * site and date), then every fact with its full source behind "Facts and sources".
 */
export function RankedCard({ entry, chosen, compared, compareDisabled, first, onCompare, onChoose, computer }: RankedCardProps) {
  const { t } = useTranslation('choose');
  const { product } = entry;
  const headingId = `product-${product.id}`;
  const ordered = orderReasons(entry.reasons);
  const shown = ordered.slice(0, REASONS_SHOWN);
  const more = ordered.slice(REASONS_SHOWN);
  return (
    <article className={chosen ? 'card ranked chosen' : 'card ranked'} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('list.place', { place: entry.place })} {product.name}
      </h3>
      <p className="muted">
        {t(`list.group.${entry.group}`)}
        {chosen ? <strong className="chosen-tag"> · {t('list.chosen')}</strong> : null}
      </p>
      {/* A product placed only by what the others lack has no reason of its own: no empty heading. */}
      {shown.length > 0 ? <h4>{t('list.why')}</h4> : null}
      {shown.length > 0 ? <ReasonList product={product} reasons={shown} /> : null}
      {more.length > 0 ? <p className="muted">{t('list.moreReasons', { count: more.length })}</p> : null}
      <h4>{t('list.lacks')}</h4>
      {entry.lacks.length === 0 ? (
        <p>{t('list.nothingLacking')}</p>
      ) : (
        <ul className="lacks">
          {entry.lacks.map((lack, i) => (
            <li key={`${lack.code}-${i}`}>
              {lackText(t, lack)}
              <ShortSource line={lackLineSource(product, lack, computer)} />
            </li>
          ))}
        </ul>
      )}
      <Disclosure label={t('list.facts', { name: product.name })}>
        {more.length > 0 ? (
          <>
            <h4>{t('list.allReasons')}</h4>
            <ReasonList product={product} reasons={ordered} />
          </>
        ) : null}
        <ProductFacts product={product} />
      </Disclosure>
      <div className="actions card-actions">
        <button type="button" className={first && !chosen ? 'button primary' : 'button secondary'} onClick={onChoose}>
          {t('list.choose', { name: product.name })}
        </button>
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
      </div>
    </article>
  );
}

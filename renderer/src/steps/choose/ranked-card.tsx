import { useTranslation } from 'react-i18next';
import { formatList } from '../../i18n';
import type { ComputerPlatform, RankedEntry, Reason } from '@shared/alternatives/index';
import { Disclosure } from '../../components/disclosure';
import { lackText, reasonText } from './fact-text';
import { lackLineSource, reasonLineSource, siteName, type LineSource } from './line-source';
import { ProductFacts } from './product-facts';
import { cardLacks, cardReasons, orderReasons } from './card-reasons';

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

/**
 * "Source: av-test.org": the site says where the line comes from; its full address and the date it
 * was checked are under "Facts and sources" (the list's first lines say how old the facts are).
 */
function ShortSource({ line }: { line: LineSource | null }) {
  const { t } = useTranslation('choose');
  if (!line) return null;
  return <span className="fact-source">{t('list.sourceShort', { site: siteName(line.source) })}</span>;
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
 * site), then every fact with its full source and check date behind "Facts and sources".
 */
export function RankedCard({ entry, chosen, compared, compareDisabled, first, onCompare, onChoose, computer }: RankedCardProps) {
  const { t } = useTranslation('choose');
  const { product } = entry;
  const headingId = `product-${product.id}`;
  const ordered = orderReasons(entry.reasons);
  const shown = cardReasons(entry, computer);
  const more = ordered.length > shown.length;
  const lacks = cardLacks(entry);
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
      {/* "Nothing you asked for is missing" needs no heading of its own above it. */}
      {lacks.lines.length === 0 && lacks.unknown.length === 0 ? (
        <p>{t('list.nothingLacking')}</p>
      ) : (
        <>
          <h4>{t('list.lacks')}</h4>
          <ul className="lacks">
            {lacks.lines.map((lack, i) => (
              <li key={`${lack.code}-${i}`}>
                {lackText(t, lack)}
                <ShortSource line={lackLineSource(product, lack, computer)} />
              </li>
            ))}
            {lacks.unknown.length > 0 ? <li>{t('lack.unknownThings', { things: formatList(lacks.unknown.map((thing) => t(`featureName.${thing}`)), 'disjunction') })}</li> : null}
          </ul>
        </>
      )}
      {/* Short words on screen, the product's name in what a screen reader says (the card is one product). */}
      <Disclosure label={t('list.factsShort')} name={t('list.facts', { name: product.name })}>
        {more ? (
          <>
            <h4>{t('list.allReasons')}</h4>
            <ReasonList product={product} reasons={ordered} />
          </>
        ) : null}
        <ProductFacts product={product} />
      </Disclosure>
      <div className="actions card-actions">
        <button type="button" className={first && !chosen ? 'button primary' : 'button secondary'} onClick={onChoose} aria-label={t('list.choose', { name: product.name })}>
          {t('list.chooseShort')}
        </button>
        <span className="choice">
          <input
            type="checkbox"
            id={`compare-${product.id}`}
            checked={compared}
            disabled={compareDisabled && !compared}
            onChange={(e) => onCompare(e.target.checked)}
            aria-label={t('list.compareBox', { name: product.name })}
          />
          <label htmlFor={`compare-${product.id}`}>{t('list.compareShort')}</label>
        </span>
      </div>
    </article>
  );
}

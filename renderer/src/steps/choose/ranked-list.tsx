import { formatCatalogDate } from '../../i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedEntry } from '@shared/alternatives/index';
import { computerPlatformOf } from '@shared/alternatives/rank-alternatives';
import type { Alternatives } from '@shared/api/choose-calls';
import { Disclosure } from '../../components/disclosure';
import { RankedCard } from './ranked-card';

const MAX_COMPARED = 3;
/** How many products show before "See all": enough to choose from, few enough to read at once. */
export const TOP_COUNT = 3;

export interface RankedListProps {
  readonly data: Alternatives;
  readonly compareIds: readonly string[];
  readonly onCompareChange: (ids: string[]) => void;
  readonly onCompare: () => void;
  readonly onChangeAnswers: () => void;
  readonly onChoose: (productId: string) => void;
}

/**
 * The best three for this user first; every other product behind "See all N options" (opened by
 * itself when the user's choice or a product they ticked to compare is among them). The catalog's
 * age stays at the top: the facts are as old as their check dates.
 */
export function RankedList({ data, compareIds, onCompareChange, onCompare, onChangeAnswers, onChoose }: RankedListProps) {
  const { t } = useTranslation('choose');
  const full = compareIds.length >= MAX_COMPARED;
  const entries = data.ranking.entries;
  const top = entries.slice(0, TOP_COUNT);
  const rest = entries.slice(TOP_COUNT);
  const needsRest = rest.some((e) => e.product.id === data.chosenProductId || compareIds.includes(e.product.id));
  const [restOpen, setRestOpen] = useState(needsRest);

  const card = (entry: RankedEntry) => (
    <RankedCard
      key={entry.product.id}
      entry={entry}
      first={entry.place === 1}
      chosen={entry.product.id === data.chosenProductId}
      compared={compareIds.includes(entry.product.id)}
      compareDisabled={full}
      onCompare={(on) => onCompareChange(on ? [...compareIds, entry.product.id] : compareIds.filter((id) => id !== entry.product.id))}
      onChoose={() => onChoose(entry.product.id)}
      computer={computerPlatformOf(data.platform)}
    />
  );

  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading" tabIndex={-1}>{t('list.heading')}</h2>
      {/* "Fit your answers best" says where the order comes from; nobody paying says where it does not. */}
      <p>
        {t('list.lead', { count: Math.min(TOP_COUNT, entries.length) })} {t('list.noSponsors')}
      </p>
      {data.catalogAge ? (
        <p className="muted">
          {data.catalogAge.oldest === data.catalogAge.newest
            ? t('list.ageSame', { date: formatCatalogDate(data.catalogAge.newest) })
            : t('list.age', { oldest: formatCatalogDate(data.catalogAge.oldest), newest: formatCatalogDate(data.catalogAge.newest) })}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button secondary" onClick={onChangeAnswers}>
          {t('list.changeAnswers')}
        </button>
        <button type="button" className="button secondary" onClick={onCompare} disabled={compareIds.length < 2}>
          {t('list.compare', { count: compareIds.length })}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {full ? t('list.compareTooMany') : t('list.compareHint')}
      </p>
      <div className="ranked-list">{top.map(card)}</div>
      {rest.length > 0 ? (
        <Disclosure
          className="see-all"
          label={t('list.seeAll', { count: entries.length })}
          openLabel={t('list.seeTop', { count: top.length })}
          open={restOpen}
          onToggle={setRestOpen}
        >
          <div className="ranked-list">{rest.map(card)}</div>
        </Disclosure>
      ) : null}
    </section>
  );
}

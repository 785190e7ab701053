import { useTranslation } from 'react-i18next';
import type { Alternatives } from '@shared/api/choose-calls';
import { RankedCard } from './ranked-card';

const MAX_COMPARED = 3;

export interface RankedListProps {
  readonly data: Alternatives;
  readonly compareIds: readonly string[];
  readonly onCompareChange: (ids: string[]) => void;
  readonly onCompare: () => void;
  readonly onChangeAnswers: () => void;
  readonly onChoose: (productId: string) => void;
}

/** Every catalog product in ranking order, with the catalog's age and the compare selection. */
export function RankedList({ data, compareIds, onCompareChange, onCompare, onChangeAnswers, onChoose }: RankedListProps) {
  const { t } = useTranslation('choose');
  const full = compareIds.length >= MAX_COMPARED;
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{t('list.heading')}</h2>
      {data.catalogAge ? (
        <p>
          {data.catalogAge.oldest === data.catalogAge.newest
            ? t('list.ageSame', { date: data.catalogAge.newest })
            : t('list.age', { oldest: data.catalogAge.oldest, newest: data.catalogAge.newest })}
        </p>
      ) : null}
      <p>{t('list.noSponsors')}</p>
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
      <div className="ranked-list">
        {data.ranking.entries.map((entry) => (
          <RankedCard
            key={entry.product.id}
            entry={entry}
            chosen={entry.product.id === data.chosenProductId}
            compared={compareIds.includes(entry.product.id)}
            compareDisabled={full}
            onCompare={(on) =>
              onCompareChange(on ? [...compareIds, entry.product.id] : compareIds.filter((id) => id !== entry.product.id))
            }
            onChoose={() => onChoose(entry.product.id)}
          />
        ))}
      </div>
    </section>
  );
}

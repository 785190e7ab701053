import './choose.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepPage } from '../../components/step-page';
import type { StepProps } from '../step-props';
import { CompareView } from './compare-view';
import { GetIt } from './get-it';
import { QuestionsForm } from './questions-form';
import { RankedList } from './ranked-list';
import { useAlternatives } from './use-alternatives';

type View = 'questions' | 'list' | 'compare' | 'get';

/** Choose: a few optional questions, the ranked choices with reasons and sources, compare, and get it. */
export function ChooseStep({ onCancel }: StepProps) {
  const { t } = useTranslation('choose');
  const { data, error, preview, save, choose } = useAlternatives();
  const [view, setView] = useState<View | null>(null);
  const [compareIds, setCompareIds] = useState<string[]>([]);

  // The first view follows what the user already did: a choice made → "get it"; answers saved → the list.
  useEffect(() => {
    if (data && view === null) setView(data.chosenProductId ? 'get' : data.answersSaved ? 'list' : 'questions');
  }, [data, view]);

  // Each view replaces the one whose button was pressed: focus goes to the new view's heading, so
  // keyboard and screen-reader users are not left on a button that no longer exists.
  const firstView = useRef(true);
  useEffect(() => {
    if (view === null) return;
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    document.getElementById(`${view}-heading`)?.focus();
  }, [view]);

  const chosen = data?.ranking.entries.find((e) => e.product.id === data.chosenProductId)?.product ?? null;
  const compared = (data?.ranking.entries ?? []).filter((e) => compareIds.includes(e.product.id)).map((e) => e.product);

  return (
    <StepPage step="choose" title={t('title')} intro={view === 'questions' ? <p>{t('intro')}</p> : undefined} next={{ label: t('next') }} onCancel={onCancel}>
      {error ? <p role="alert">{t('loadFailed', { message: error })}</p> : null}
      {!data || view === null ? <p aria-live="polite">{t('loading')}</p> : null}
      {data && view === 'questions' ? (
        <QuestionsForm
          initial={data.answers}
          reasons={data.prefill.reasons}
          onChange={preview}
          onSubmit={(answers) => void save(answers).then(() => setView('list'))}
          onSkip={() => void save(data.answers).then(() => setView('list'))}
        />
      ) : null}
      {data && view === 'list' ? (
        <RankedList
          data={data}
          compareIds={compareIds}
          onCompareChange={setCompareIds}
          onCompare={() => setView('compare')}
          onChangeAnswers={() => setView('questions')}
          onChoose={(id) => void choose(id).then(() => setView('get'))}
        />
      ) : null}
      {data && view === 'compare' ? <CompareView products={compared} onBack={() => setView('list')} /> : null}
      {data && view === 'get' && chosen ? <GetIt product={chosen} platform={data.platform} onChangeChoice={() => setView('list')} /> : null}
      {/* Said once a product is chosen, where it is the next thing to do (the list is long enough). */}
      {view === 'get' ? <p className="next-hint">{t('nextHint')}</p> : null}
    </StepPage>
  );
}

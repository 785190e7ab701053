import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRemoval } from '@shared/journal/remove-section';
import { StepPage } from '../../components/step-page';
import { api } from '../../lib/api';
import type { StepProps } from '../step-props';
import { ChooseProducts } from './choose-products';
import { live, ProductPanel } from './product-panel';
import { useRemoval } from './use-removal';
import './remove.css';

/** Still to be tried or still running: a later program's review waits until this one is through. */
const OPEN = new Set(['planned', 'running', 'verifying', 'waiting-for-restart']);
function waitsFor(earlier: readonly ProductRemoval[]): ProductRemoval | undefined {
  return earlier.find((p) => OPEN.has(p.state));
}

/**
 * Remove: the user ticks what goes, sees exactly what will happen, gives consent per product, and
 * ends with a check of what is gone and what is left. Main owns where each removal stands.
 */
export function RemoveStep({ onCancel }: StepProps) {
  const { t } = useTranslation('remove');
  const state = useRemoval();
  const { view, error, busy, act } = state;
  const [changing, setChanging] = useState(false);
  const running = view?.running !== null && view?.running !== undefined;
  const chosen = view ? view.section.chosen.map((id) => view.section.products[id]).filter((p) => p !== undefined) : [];
  const done = chosen.filter((p) => p.state === 'done').length;
  const allDone = chosen.length > 0 && done === chosen.length;
  // Once a removal was tried, going on is "Continue", not "Continue without removing".
  const attempted = chosen.some((p) => p.state !== 'planned');

  // After every action, focus goes to its result (issue 13.4): the heading of the product whose
  // state just changed (it names the new state), never the page body.
  const states = chosen.map((p) => `${p.productId}=${live(p, state, view?.running === p.productId || busy === `start:${p.productId}`).state}`);
  const seen = useRef<string[] | null>(null);
  useEffect(() => {
    const before = seen.current;
    seen.current = states;
    if (!before) return;
    const changed = states.find((s) => !before.includes(s));
    if (!changed) return;
    const id = changed.slice(0, changed.lastIndexOf('='));
    const heading = document.getElementById(`removal-${id}`);
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  });

  return (
    <StepPage
      step="remove"
      title={t('title')}
      intro={<p>{t('intro')}</p>}
      next={{
        label: attempted ? t('continue') : t('skip'),
        // Skipping the removal stays possible but is not the button that draws the eye.
        quiet: !allDone,
        disabled: !view || running || busy?.startsWith('start:'),
      }}
      onCancel={onCancel}
    >
      {error ? <p role="alert">{t('error', { message: error })}</p> : null}
      {!view && !error ? <p role="status">{t('loading')}</p> : null}
      {view && (chosen.length === 0 || changing) ? (
        <ChooseProducts
          view={view}
          busy={busy !== null}
          onChoose={(ids) =>
            void act('choose', () => api.chooseRemoval({ productIds: ids })).then(() => setChanging(false))
          }
        />
      ) : null}
      {view && chosen.length > 0 && !changing ? (
        <>
          {chosen.map((record, i) => {
            const before = waitsFor(chosen.slice(0, i));
            return (
              <section key={record.productId} className="removal" aria-labelledby={`removal-${record.productId}`}>
                <h2 id={`removal-${record.productId}`}>
                  {t('productHeading', {
                    product: record.name,
                    state: t(`stateShort.${live(record, state, view.running === record.productId || busy === `start:${record.productId}`).state}`),
                  })}
                </h2>
                {/* One program at a time (issue 13.2): the next one's review waits for its turn. */}
                {record.state === 'planned' && before ? <p className="muted">{t('choose.waitsTurn', { product: before.name })}</p> : <ProductPanel state={state} view={view} record={record} />}
              </section>
            );
          })}
          {!running && busy === null ? (
            <div className="actions">
              <button type="button" className="button secondary" onClick={() => setChanging(true)}>
                {t('choose.change')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </StepPage>
  );
}

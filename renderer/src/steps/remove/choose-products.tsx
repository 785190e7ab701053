import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemovalView } from '@shared/api/remove-calls';

export interface ChooseProductsProps {
  readonly view: RemovalView;
  readonly busy: boolean;
  readonly onChoose: (productIds: string[]) => void;
}

/** Each product and each companion (VPN, password manager) is its own tick: nothing is ticked for the user. */
export function ChooseProducts({ view, busy, onChoose }: ChooseProductsProps) {
  const { t } = useTranslation('remove');
  const [ticked, setTicked] = useState<string[]>(view.section.chosen);

  if (view.candidates.length === 0) {
    return (
      <>
        <h2>{t('choose.heading')}</h2>
        <p>{t('choose.nothing')}</p>
      </>
    );
  }
  const toggle = (id: string) => setTicked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  return (
    <>
      <h2>{t('choose.heading')}</h2>
      <fieldset>
        <legend>{t('choose.legend')}</legend>
        {view.candidates.map((c) => (
          <div className="choice" key={c.productId}>
            <input
              type="checkbox"
              id={`remove-${c.productId}`}
              checked={ticked.includes(c.productId)}
              onChange={() => toggle(c.productId)}
              aria-describedby={`remove-${c.productId}-kind`}
            />
            <label htmlFor={`remove-${c.productId}`}>{c.productName}</label>{' '}
            <span id={`remove-${c.productId}-kind`} className="muted">
              {t(`kind.${c.kind}`)}
              {c.waitsForSave ? ` ${t('choose.waitsForSave')}` : ''}
            </span>
          </div>
        ))}
      </fieldset>
      <p className="muted">{t('choose.separately')}</p>
      <div className="actions">
        <button type="button" className="button primary" disabled={busy || ticked.length === 0} onClick={() => onChoose(ticked)}>
          {t('choose.continue', { count: ticked.length })}
        </button>
      </div>
    </>
  );
}

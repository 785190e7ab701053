import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, PrefillReason } from '@shared/alternatives/index';
import { FEATURES } from '@shared/alternatives/catalog-types';
import { BUDGETS, DEVICES } from '@shared/alternatives/question-constants';

export interface QuestionsFormProps {
  readonly initial: Answers;
  readonly reasons: readonly PrefillReason[];
  readonly onChange: (answers: Answers) => void;
  readonly onSubmit: (answers: Answers) => void;
  readonly onSkip: () => void;
}

/** Toggles a value in a list answer; an empty list means "skipped" (null), not "none". */
function toggle<T extends string>(list: readonly T[] | null, value: T, on: boolean): T[] | null {
  const next = (list ?? []).filter((v) => v !== value);
  if (on) next.push(value);
  return next.length ? next : null;
}

/** Four short questions, all optional, pre-filled from what the Check step found. */
export function QuestionsForm({ initial, reasons, onChange, onSubmit, onSkip }: QuestionsFormProps) {
  const { t } = useTranslation('choose');
  const [answers, setAnswers] = useState<Answers>(initial);
  const update = (next: Answers) => {
    setAnswers(next);
    onChange(next);
  };
  const keepSimple = answers.keepSimple === null ? 'skip' : answers.keepSimple ? 'yes' : 'no';

  return (
    <form
      aria-labelledby="questions-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(answers);
      }}
    >
      <h2 id="questions-heading" tabIndex={-1}>{t('questions.heading')}</h2>
      <p>{t('questions.help')}</p>
      {reasons.length > 0 ? (
        <div className="notice-inline">
          <p>{t('questions.prefilled')}</p>
          <ul>
            {reasons.map((r, i) => (
              <li key={i}>
                {r.question === 'devices'
                  ? t('questions.prefillDevice', { platform: t(`platformOs.${r.platform}`, { defaultValue: r.platform }) })
                  : t('questions.prefillFeature', { product: r.productName })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset>
        <legend>{t('questions.devices')}</legend>
        {DEVICES.map((device) => (
          <div className="choice" key={device}>
            <input
              type="checkbox"
              id={`device-${device}`}
              checked={answers.devices?.includes(device) ?? false}
              onChange={(e) => update({ ...answers, devices: toggle(answers.devices, device, e.target.checked) })}
            />
            <label htmlFor={`device-${device}`}>{t(`questions.device.${device}`)}</label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('questions.budget')}</legend>
        {BUDGETS.map((budget) => (
          <div className="choice" key={budget}>
            <input
              type="radio"
              name="budget"
              id={`budget-${budget}`}
              checked={answers.budget === budget}
              onChange={() => update({ ...answers, budget })}
            />
            <label htmlFor={`budget-${budget}`}>{t(`questions.budgetOption.${budget}`)}</label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('questions.features')}</legend>
        {FEATURES.map((feature) => (
          <div className="choice" key={feature}>
            <input
              type="checkbox"
              id={`feature-${feature}`}
              checked={answers.features?.includes(feature) ?? false}
              onChange={(e) => update({ ...answers, features: toggle(answers.features, feature, e.target.checked) })}
            />
            <label htmlFor={`feature-${feature}`}>{t(`questions.feature.${feature}`)}</label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('questions.keepSimple')}</legend>
        {(['yes', 'no', 'skip'] as const).map((option) => (
          <div className="choice" key={option}>
            <input
              type="radio"
              name="keep-simple"
              id={`keep-simple-${option}`}
              checked={keepSimple === option}
              onChange={() => update({ ...answers, keepSimple: option === 'skip' ? null : option === 'yes' })}
            />
            <label htmlFor={`keep-simple-${option}`}>{t(`questions.keepSimpleOption.${option}`)}</label>
          </div>
        ))}
      </fieldset>

      <div className="actions">
        <button type="submit" className="button primary">
          {t('questions.show')}
        </button>
        <button type="button" className="button secondary" onClick={onSkip}>
          {t('questions.skip')}
        </button>
      </div>
    </form>
  );
}

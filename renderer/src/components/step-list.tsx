import { useTranslation } from 'react-i18next';
import { STEP_IDS, type StepId } from '@shared/wizard/steps';

export interface StepListProps {
  readonly current: StepId;
  readonly completed: readonly StepId[];
}

/** The visible list of steps: done, current, still to do — in words, not only colour. */
export function StepList({ current, completed }: StepListProps) {
  const { t } = useTranslation('common');
  return (
    <nav aria-label={t('steps.label')} className="step-list">
      <ol>
        {STEP_IDS.map((step, index) => {
          const state = step === current ? 'current' : completed.includes(step) ? 'done' : 'left';
          return (
            <li key={step} className={`step-item ${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="step-number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="step-name">{t(`steps.${step}`)}</span>
              <span className="step-state">{t(`steps.state.${state}`)}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

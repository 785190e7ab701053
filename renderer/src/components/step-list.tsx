import { useTranslation } from 'react-i18next';
import { STEP_IDS, type StepId } from '@shared/wizard/steps';
import type { StepOutcome } from '@shared/wizard/step-outcomes';

export interface StepListProps {
  readonly current: StepId;
  readonly completed: readonly StepId[];
  /** How each completed step ended: a failed or skipped removal is not a green tick. */
  readonly outcomes?: Partial<Record<StepId, StepOutcome>>;
}

const MARK: Readonly<Record<StepOutcome, string>> = { done: '✓', skipped: '–', problem: '!' };

/** The visible list of steps: done, skipped, a problem, current, still to do — in words, not only colour. */
export function StepList({ current, completed, outcomes = {} }: StepListProps) {
  const { t } = useTranslation('common');
  return (
    <nav aria-label={t('steps.label')} className="step-list">
      <ol>
        {STEP_IDS.map((step, index) => {
          const passed = completed.includes(step);
          const outcome: StepOutcome = outcomes[step] ?? 'done';
          const state = step === current ? 'current' : passed ? outcome : 'left';
          return (
            <li key={step} className={`step-item ${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="step-number" aria-hidden="true">
                {state === 'done' || state === 'skipped' || state === 'problem' ? MARK[state] : index + 1}
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

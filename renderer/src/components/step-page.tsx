import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { previousStep, type StepId } from '@shared/wizard/steps';
import { errorMessage } from '../lib/failure-text';
import { useWizard } from '../store/wizard-store';

export interface StepPageProps {
  readonly step: StepId;
  readonly title: string;
  readonly intro?: ReactNode;
  readonly children?: ReactNode;
  /** The forward button; named with what it does. Omitted on the last step. */
  readonly next?: {
    readonly label: string;
    readonly disabled?: boolean;
    /** Drawn as a plain button when moving on means skipping the step's own action. */
    readonly quiet?: boolean;
    readonly onClick?: () => void | Promise<void>;
  };
  /** Called when the user presses Cancel (the frame opens the leave dialog). */
  readonly onCancel: () => void;
  /** False on the last step, where the forward action itself closes SafeSwitch and Cancel would mean the same. */
  readonly cancel?: boolean;
  /** Back within the step (its earlier part) instead of to the previous step. */
  readonly onBack?: () => void;
}

/**
 * The frame of every step: a heading that takes focus when the step opens (so screen readers and
 * keyboard users start at the top), the step's content, and Back / Cancel / the forward action.
 */
export function StepPage({ step, title, intro, children, next, onCancel, cancel = true, onBack }: StepPageProps) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  const goTo = useWizard((s) => s.goTo);
  const complete = useWizard((s) => s.complete);
  const back = previousStep(step);
  const [failed, setFailed] = useState<string | null>(null);

  // A refused or cut-off call must be said, not lost as an unhandled rejection with nothing on screen.
  function act(action: () => void | Promise<void>): void {
    setFailed(null);
    void Promise.resolve()
      .then(action)
      .catch((error: unknown) => setFailed(errorMessage(error)));
  }

  useEffect(() => {
    heading.current?.focus();
    // For `npm run bench`: when a step is on screen, in the page's own clock (issue 13.11).
    performance.mark(`safeswitch:step-shown:${step}`);
  }, [step]);

  return (
    <section className="step-page" aria-labelledby={`step-title-${step}`}>
      <h1 id={`step-title-${step}`} ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <div className="step-intro">{intro}</div> : null}
      <div className="step-body">{children}</div>
      <div className="step-footer">
        {back || onBack ? (
          <button type="button" className="button secondary" onClick={() => act(onBack ?? (() => (back ? goTo(back) : undefined)))}>
            {t('actions.back')}
          </button>
        ) : null}
        {cancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        ) : null}
        {next ? (
          <button
            type="button"
            className={next.quiet ? 'button secondary next' : 'button primary next'}
            disabled={next.disabled}
            onClick={() => act(next.onClick ?? (() => complete(step)))}
          >
            {next.label}
          </button>
        ) : null}
      </div>
      {failed ? <p role="alert">{t('actionFailed', { message: failed })}</p> : null}
    </section>
  );
}

/** The wizard's steps, in order (design.md "The wizard"). */
export const STEP_IDS = ['check', 'save', 'remove', 'choose', 'done'] as const;
export type StepId = (typeof STEP_IDS)[number];

export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

export function nextStep(step: StepId): StepId | null {
  return STEP_IDS[stepIndex(step) + 1] ?? null;
}

export function previousStep(step: StepId): StepId | null {
  const i = stepIndex(step);
  return i > 0 ? (STEP_IDS[i - 1] ?? null) : null;
}

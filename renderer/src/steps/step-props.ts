/** What the frame gives every step component. */
export interface StepProps {
  /** Opens the "Leave SafeSwitch?" dialog. */
  readonly onCancel: () => void;
}

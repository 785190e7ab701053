import { z } from 'zod';
import { FEATURES } from './catalog-types';

import { BUDGETS, DEVICES, KASPERSKY_FEATURES, type Device } from './question-constants';

export { BUDGETS, DEVICES, KASPERSKY_FEATURES, type Budget, type Device } from './question-constants';

export const answersSchema = z.object({
  devices: z.array(z.enum(DEVICES)).nullable(),
  budget: z.enum(BUDGETS).nullable(),
  /** Features the user wants to keep (pre-filled from the Kaspersky products detection found). */
  features: z.array(z.enum(FEATURES)).nullable(),
  /** "Keep it simple with the built-in protection". */
  keepSimple: z.boolean().nullable(),
});
export type Answers = z.infer<typeof answersSchema>;

export const EMPTY_ANSWERS: Answers = { devices: null, budget: null, features: null, keepSimple: null };

/** Why an answer was pre-filled, so the UI can say "We found Kaspersky VPN, so we ticked VPN". */
export type PrefillReason =
  | { readonly question: 'devices'; readonly device: Device; readonly from: 'os'; readonly platform: string }
  | {
      readonly question: 'features';
      readonly feature: (typeof KASPERSKY_FEATURES)[number];
      readonly from: 'product';
      readonly productId: string;
      readonly productName: string;
    };

export interface PrefilledAnswers {
  readonly answers: Answers;
  readonly reasons: readonly PrefillReason[];
}

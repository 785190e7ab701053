/**
 * Every weight the ranking uses, in one place. No product gets a weight of its own: the order comes
 * only from sourced facts against the user's answers, so no order can be bought or hand-tuned.
 * Groups (ranking-types.ts RankGroup) come before score; score only orders products inside a group.
 */
export const RANKING_WEIGHTS = {
  /** A source says it runs on this computer's OS. Unknown adds nothing. */
  platformSupported: 40,
  /** Each other device the user named (phone, second computer) a source says it runs on. */
  deviceSupported: 6,
  /** Each feature the user wants that a source says it includes. */
  featureIncluded: 15,
  /** Budget "free": a free version with real-time protection. */
  freeFull: 30,
  /** Budget "free": a free version that only scans on demand. */
  freeScanOnly: 8,
  /** Budget "free": a source says there is no free version. Unknown adds nothing. */
  notFree: -25,
  /** Budget "either" or skipped: a full free version is a small plus. Budget "paid": no effect. */
  freeFullAnyBudget: 5,
  /** Per lab result, by outcome; the sum is capped so taking part in many tests cannot dominate. */
  labAward: 10,
  labCertified: 7,
  labScored: 6,
  labTested: 2,
  labCap: 30,
  /** The user wants a password manager and this one imports the Kaspersky text export directly. */
  importsKasperskyPasswords: 5,
} as const;

export type RankingWeights = typeof RANKING_WEIGHTS;

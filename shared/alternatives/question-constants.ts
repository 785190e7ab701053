/**
 * The answers the Choose step's questions allow. Plain constants, apart from their schema
 * (question-types.ts), so the renderer can use them without bundling zod.
 */
export const DEVICES = ['windows', 'mac', 'linux', 'android', 'iphone'] as const;
export type Device = (typeof DEVICES)[number];

export const BUDGETS = ['free', 'paid', 'either'] as const;
export type Budget = (typeof BUDGETS)[number];

/** The Kaspersky features the questions ask about (the CLI may also ask for identity-protection). */
export const KASPERSKY_FEATURES = ['vpn', 'password-manager', 'parental-control'] as const;

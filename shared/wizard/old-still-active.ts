import type { FinishCheck } from '../journal/choose-section';

/**
 * The product the user set out to leave, when it still runs and the result above does not already
 * say so. Where it is all that runs and it is out of date, the result's own warning says to choose a
 * new product and then remove it: a second box would say it again.
 */
export function oldStillActive(result: FinishCheck | null, oldProducts: readonly string[]): string | null {
  const old = result?.active.find((a) => !a.builtIn && oldProducts.includes(a.name)) ?? null;
  if (!old) return null;
  const saidByResult = result?.verdict === 'ok' && old.outOfDate === true;
  return saidByResult ? null : old.name;
}

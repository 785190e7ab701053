import type { RankedEntry, Reason } from '@shared/alternatives/index';

/** How many reasons show on the card; the others are under "Facts and sources", so nothing is hidden for good. */
export const REASONS_SHOWN = 2;

/**
 * Reasons that answer the user's own questions (and warnings) first, then price, then lab results:
 * the card's first lines should say why it fits *them*. Stable, so the ranking's order holds within each.
 */
const REASON_ORDER: Record<Reason['code'], number> = {
  'pinned-keep-simple': 0,
  'pinned-free-built-in': 0,
  notice: 0,
  'not-for-platform': 0,
  'built-in': 1,
  'no-lab-record-ranked-below': 1,
  'listed-because-received': 1,
  'has-feature': 2,
  'imports-kaspersky-passwords': 3,
  free: 4,
  'free-scan-only': 4,
  'runs-on': 5,
  'lab-result': 6,
};

export function orderReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.map((reason, i) => ({ reason, i })).sort((a, b) => REASON_ORDER[a.reason.code] - REASON_ORDER[b.reason.code] || a.i - b.i).map((x) => x.reason);
}

/** Reasons the card's group line already says ("No recent lab results in our sources"): said once is enough. */
const SAID_BY_GROUP: Partial<Record<RankedEntry['group'], Reason['code']>> = {
  'no-lab-record': 'no-lab-record-ranked-below',
  'not-for-platform': 'not-for-platform',
};

/**
 * The reasons a card shows: the first REASONS_SHOWN in order, leaving out one its group line says.
 * Every reason, that one too, stays under "Facts and sources".
 */
export function cardReasons(entry: Pick<RankedEntry, 'group' | 'reasons'>): Reason[] {
  const said = SAID_BY_GROUP[entry.group];
  return orderReasons(entry.reasons)
    .filter((reason) => reason.code !== said)
    .slice(0, REASONS_SHOWN);
}

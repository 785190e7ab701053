import type { ComputerPlatform, Feature, Lack, RankedEntry, Reason } from '@shared/alternatives/index';

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

/** Lab results on the card: the strongest (they come strongest first); the others are under "Facts and sources". */
const LAB_RESULTS_SHOWN = 1;

/**
 * The reasons a card shows: the first REASONS_SHOWN in order, leaving out one its group line says,
 * "Built into…" under "You asked… it is already built into…", any lab result after the strongest,
 * and "Runs on this computer" where the card has another reason (every card above "Does not run on
 * this computer" runs here, or says it may not). Every reason, those too, stays under "Facts and
 * sources".
 */
export function cardReasons(entry: Pick<RankedEntry, 'group' | 'reasons'>, computer: ComputerPlatform): Reason[] {
  const said = SAID_BY_GROUP[entry.group];
  // "You asked to keep it simple: it is already built into Windows" says "Built into Windows" too.
  const pinned = entry.reasons.some((reason) => reason.code === 'pinned-keep-simple' || reason.code === 'pinned-free-built-in');
  let labs = 0;
  const kept = orderReasons(entry.reasons).filter((reason) => {
    if (reason.code === said) return false;
    if (pinned && reason.code === 'built-in') return false;
    if (reason.code !== 'lab-result') return true;
    labs += 1;
    return labs <= LAB_RESULTS_SHOWN;
  });
  const runsHere = (reason: Reason) => reason.code === 'runs-on' && reason.device === computer;
  const others = kept.filter((reason) => !runsHere(reason));
  return (others.length > 0 ? others : kept).slice(0, REASONS_SHOWN);
}

/** A lack said on a line of its own; the unknowns are said together in one line instead. */
export type LineLack = Exclude<Lack, { readonly code: 'free-unknown' | 'feature-unknown' }>;

/** Something our sources do not say a product has: its free version, or a feature the user asked for. */
export type UnknownThing = 'free-version' | Feature;

export interface CardLacks {
  /** Each on its own line. */
  readonly lines: readonly LineLack[];
  /** Said in one line: "Our sources do not say if it has a free version, a VPN, or a password manager". */
  readonly unknown: readonly UnknownThing[];
}

/**
 * What a card says it lacks: all of it but "No independent lab results in our sources" under the
 * group line "No recent lab results in our sources" (an old result or results for other systems
 * say more, so they stay); and the things our sources say nothing about in one line, not one
 * "…: not known" line each. The lab-results row under "Facts and sources" says it too.
 */
export function cardLacks(entry: Pick<RankedEntry, 'group' | 'lacks'>): CardLacks {
  const lines: LineLack[] = [];
  const unknown: UnknownThing[] = [];
  for (const lack of entry.lacks) {
    if (lack.code === 'free-unknown') unknown.push('free-version');
    else if (lack.code === 'feature-unknown') unknown.push(lack.feature);
    else if (!(entry.group === 'no-lab-record' && lack.code === 'no-lab-results')) lines.push(lack);
  }
  return { lines, unknown };
}

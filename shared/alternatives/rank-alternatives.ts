import { catalogAge } from './catalog-age';
import type { Catalog, CatalogPlatform, CatalogProduct, CheckedDate, ComputerPlatform, LabResult } from './catalog-types';
import type { Answers, Device } from './question-types';
import type { Lack, RankedEntry, RankGroup, RankPlatform, Ranking, Reason } from './ranking-types';
import { RANKING_WEIGHTS as W } from './ranking-weights';

/** Three years: the labs test yearly, so a product with nothing newer has not been tested lately. */
export const LAB_RESULT_MAX_AGE_MONTHS = 36;

const PLATFORM_OF: Readonly<Record<RankPlatform, ComputerPlatform>> = {
  win32: 'windows',
  darwin: 'mac',
  linux: 'linux',
};

/** The catalog's name for the computer a ranking is for. */
export const computerPlatformOf = (platform: RankPlatform): ComputerPlatform => PLATFORM_OF[platform];
const DEVICE_PLATFORM: Readonly<Record<Device, CatalogPlatform>> = {
  windows: 'windows',
  mac: 'mac',
  linux: 'linux',
  android: 'android',
  iphone: 'ios',
};
const GROUP_ORDER: readonly RankGroup[] = ['built-in-choice', 'lab-tested', 'no-lab-record', 'not-for-platform'];
const OUTCOME_ORDER = { award: 0, certified: 1, scored: 2, tested: 3 } as const;

type Scored = Omit<RankedEntry, 'place'>;

/**
 * Ranks every catalog product for this computer and these answers. Pure and deterministic: the
 * same catalog, answers and platform always give the same order; ties are broken by name, then id.
 * Nothing is dropped: products that fit badly come last, with what they lack.
 */
export function rankAlternatives(catalog: Catalog, answers: Answers, platform: RankPlatform): Ranking {
  const computer = PLATFORM_OF[platform];
  // "Recent" is measured from the catalog's own newest check, so the same catalog always ranks the same.
  const recent = recentFrom(catalogAge(catalog)?.newest ?? null);
  // "Comes after products that have lab results" is said only where some product has one here.
  const anyLabsHere = catalog.products.some((p) => p.labResults.some((r) => r.platform === computer && recent(r)));
  const scored = catalog.products.map((product) => scoreProduct(product, answers, platform, anyLabsHere, recent));
  scored.sort(compareScored);
  return {
    platform,
    answers,
    entries: scored.map((s, index): RankedEntry => ({ place: index + 1, ...s })),
  };
}

function compareScored(a: Scored, b: Scored): number {
  const byGroup = GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group);
  if (byGroup !== 0) return byGroup;
  if (a.score !== b.score) return b.score - a.score;
  // Plain code-unit comparison, not localeCompare: the order must not depend on the user's locale.
  return compareText(a.product.name.toLowerCase(), b.product.name.toLowerCase()) || compareText(a.product.id, b.product.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A lab result counts for a place only when it is at most LAB_RESULT_MAX_AGE_MONTHS old: the labs
 * test every year, and a result from years ago says little about the product sold today. An older one
 * stays under "Facts and sources", with its date.
 */
export function recentFrom(newestCheck: CheckedDate | null): (result: LabResult) => boolean {
  if (newestCheck === null) return () => true;
  const months = (date: string): number => Number(date.slice(0, 4)) * 12 + (date.length >= 7 ? Number(date.slice(5, 7)) : 12);
  const now = months(newestCheck);
  return (result) => now - months(result.date) <= LAB_RESULT_MAX_AGE_MONTHS;
}

function scoreProduct(product: CatalogProduct, answers: Answers, platform: RankPlatform, anyLabsHere: boolean, recent: (result: LabResult) => boolean): Scored {
  const computer = PLATFORM_OF[platform];
  const reasons: Reason[] = [];
  const lacks: Lack[] = [];
  let score = 0;

  const computerFact = product.platforms[computer];
  const pinned = isPinnedBuiltIn(product, answers, platform);
  if (pinned) reasons.push({ code: answers.keepSimple === true ? 'pinned-keep-simple' : 'pinned-free-built-in', platform: computer });
  if (product.builtIn && computerFact.known && computerFact.value) reasons.push({ code: 'built-in', platform: computer });
  if (product.listedBecauseReceived) reasons.push({ code: 'listed-because-received' });

  if (computerFact.known && computerFact.value) {
    score += W.platformSupported;
    if (!product.builtIn) reasons.push({ code: 'runs-on', device: computer });
  } else if (!computerFact.known) lacks.push({ code: 'platform-unknown', platform: computer });

  // Only a lab result on this computer's platform backs a place here: no Windows test behind a Mac place.
  const here = product.labResults.filter((r) => r.platform === computer);
  const labs = here.filter(recent);
  score += scoreBudget(product, computer, answers, reasons, lacks);
  score += scoreLabs(labs, here.filter((r) => !recent(r)), product.labResults.length > here.length, reasons, lacks);
  score += scoreFeatures(product, answers, reasons, lacks);
  score += scoreDevices(product, answers, computer, reasons, lacks);

  const group: RankGroup = pinned
    ? 'built-in-choice'
    : computerFact.known && !computerFact.value
      ? 'not-for-platform'
      : labs.length === 0
        ? 'no-lab-record'
        : 'lab-tested';
  if (group === 'no-lab-record' && anyLabsHere) reasons.push({ code: 'no-lab-record-ranked-below' });
  for (const notice of product.notices) reasons.push({ code: 'notice', notice: notice.code, source: notice.source });
  if (group === 'not-for-platform') reasons.push({ code: 'not-for-platform', platform: computer });

  return { product, group, score, reasons, lacks };
}

/**
 * The built-in protection goes first when the user wants it simple, or free: Microsoft Defender on
 * Windows, XProtect on a Mac. Linux has none, so nothing is pinned there.
 */
function isPinnedBuiltIn(product: CatalogProduct, answers: Answers, platform: RankPlatform): boolean {
  if (!product.builtIn) return false;
  const here = product.platforms[PLATFORM_OF[platform]];
  if (!here.known || !here.value) return false;
  return answers.keepSimple === true || answers.budget === 'free';
}

/** "Free" counts only where it is free on this computer's platform. */
function scoreBudget(product: CatalogProduct, computer: ComputerPlatform, answers: Answers, reasons: Reason[], lacks: Lack[]): number {
  const free = product.freeTier[computer];
  if (free.known && free.value === 'full') reasons.push({ code: 'free', platform: computer, edition: free.edition ?? null });
  if (free.known && free.value === 'scan-only') reasons.push({ code: 'free-scan-only', platform: computer, edition: free.edition ?? null });

  if (answers.budget === 'free') {
    if (!free.known) {
      lacks.push({ code: 'free-unknown' });
      return 0;
    }
    if (free.value === 'full') return W.freeFull;
    if (free.value === 'scan-only') {
      lacks.push({ code: 'free-scan-only' });
      return W.freeScanOnly;
    }
    lacks.push({ code: 'not-free' });
    return W.notFree;
  }
  if (answers.budget === 'paid') return 0;
  return free.known && free.value === 'full' ? W.freeFullAnyBudget : 0;
}

function scoreLabs(results: readonly LabResult[], tooOld: readonly LabResult[], otherPlatformsOnly: boolean, reasons: Reason[], lacks: Lack[]): number {
  if (results.length === 0) {
    const newestOld = [...tooOld].sort((a, b) => compareText(b.date, a.date))[0];
    if (newestOld) lacks.push({ code: 'lab-results-old', year: newestOld.date.slice(0, 4), source: newestOld.source, checked: newestOld.checked });
    else lacks.push({ code: otherPlatformsOnly ? 'no-lab-results-here' : 'no-lab-results' });
    return 0;
  }
  // Strongest outcomes first, newest first, then by lab and test so the order is total.
  const ordered = [...results].sort(
    (a, b) =>
      OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] ||
      compareText(b.date, a.date) ||
      compareText(a.lab, b.lab) ||
      compareText(a.test, b.test) ||
      compareText(a.award ?? '', b.award ?? ''),
  );
  let sum = 0;
  for (const r of ordered) {
    reasons.push({
      code: 'lab-result',
      platform: r.platform,
      lab: r.lab,
      test: r.test,
      award: r.award,
      outcome: r.outcome,
      date: r.date,
      edition: r.edition,
      source: r.source,
    });
    sum += labWeight(r);
  }
  return Math.min(sum, W.labCap);
}

function labWeight(result: LabResult): number {
  switch (result.outcome) {
    case 'award':
      return W.labAward;
    case 'certified':
      return W.labCertified;
    case 'scored':
      return W.labScored;
    case 'tested':
      return W.labTested;
  }
}

function scoreFeatures(product: CatalogProduct, answers: Answers, reasons: Reason[], lacks: Lack[]): number {
  let score = 0;
  // A repeated answer counts once.
  const wanted = [...new Set(answers.features ?? [])];
  for (const feature of wanted) {
    const fact = product.features[feature];
    if (!fact.known) lacks.push({ code: 'feature-unknown', feature });
    else if (!fact.value) lacks.push({ code: 'feature-missing', feature });
    else {
      reasons.push({ code: 'has-feature', feature, edition: fact.edition ?? null });
      score += W.featureIncluded;
    }
  }
  const imports = product.passwordImport;
  if (imports.known && imports.value.kind === 'kaspersky-txt') {
    reasons.push({ code: 'imports-kaspersky-passwords' });
    if (wanted.includes('password-manager')) score += W.importsKasperskyPasswords;
  }
  return score;
}

function scoreDevices(
  product: CatalogProduct,
  answers: Answers,
  computer: CatalogPlatform,
  reasons: Reason[],
  lacks: Lack[],
): number {
  let score = 0;
  for (const device of new Set(answers.devices ?? [])) {
    const platform = DEVICE_PLATFORM[device];
    // The computer itself is already weighed above.
    if (platform === computer) continue;
    const fact = product.platforms[platform];
    if (!fact.known) lacks.push({ code: 'device-unknown', device });
    else if (!fact.value) lacks.push({ code: 'device-unsupported', device });
    else {
      reasons.push({ code: 'runs-on', device });
      score += W.deviceSupported;
    }
  }
  return score;
}

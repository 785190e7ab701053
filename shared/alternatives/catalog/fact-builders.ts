import type { CatalogPlatform, Confidence, Fact, Feature, KnownFact, LabResult, Notice } from '../catalog-types';

/**
 * The day the facts were taken from the research notes (shared/research/migration.md §0 and §3,
 * detection.md §6, "sources as of late 2026"). Each fact still carries its own date, so a fact
 * re-checked later gets a newer one and the catalog's age shows the spread.
 */
export const RESEARCH_CHECKED = '2026-11-22';

export const UNKNOWN: Fact<never> = { known: false };

/** A fact stated by the vendor's or lab's own page. */
export function confirmed<T>(value: T, source: string, edition?: string): KnownFact<T> {
  return fact(value, source, 'confirmed', edition);
}

/** A fact stated by a review, news article or forum post. */
export function reported<T>(value: T, source: string, edition?: string): KnownFact<T> {
  return fact(value, source, 'third-party', edition);
}

function fact<T>(value: T, source: string, confidence: Confidence, edition?: string): KnownFact<T> {
  const base = { known: true as const, value, source, checked: RESEARCH_CHECKED, confidence };
  return edition === undefined ? base : { ...base, edition };
}

/** Platforms with every one unknown unless given. */
export function platforms(
  known: Partial<Record<CatalogPlatform, Fact<boolean>>>,
): Record<CatalogPlatform, Fact<boolean>> {
  return {
    windows: known.windows ?? UNKNOWN,
    mac: known.mac ?? UNKNOWN,
    android: known.android ?? UNKNOWN,
    ios: known.ios ?? UNKNOWN,
    linux: known.linux ?? UNKNOWN,
  };
}

/** Features with every one unknown unless given. */
export function features(known: Partial<Record<Feature, Fact<boolean>>>): Record<Feature, Fact<boolean>> {
  return {
    vpn: known.vpn ?? UNKNOWN,
    'password-manager': known['password-manager'] ?? UNKNOWN,
    'parental-control': known['parental-control'] ?? UNKNOWN,
    'identity-protection': known['identity-protection'] ?? UNKNOWN,
  };
}

type LabInput = Omit<LabResult, 'checked'>;

export function lab(result: LabInput): LabResult {
  return { ...result, checked: RESEARCH_CHECKED };
}

export function notice(code: Notice['code'], source: string, confidence: Confidence): Notice {
  return { code, source, checked: RESEARCH_CHECKED, confidence };
}

import type { CatalogPlatform, ComputerPlatform, Fact, Feature, FreeTier, KnownFact, LabResult, Notice } from '../catalog-types';

/**
 * The day each fact was read on its primary source. Facts kept from the research of 2026-11-22 whose
 * cited page is the vendor's or lab's own keep that date; facts re-read for issue 10 carry
 * 2026-12-01. Each fact carries its own date, so the catalog's age shows the spread.
 */
export const RESEARCH_CHECKED = '2026-11-22';
export const REREAD = '2026-12-01';

export const UNKNOWN: Fact<never> = { known: false };

/** A fact stated by the vendor's, lab's or government's own page (`checked`: the day it was read there). */
export function confirmed<T>(value: T, source: string, edition?: string, checked: string = RESEARCH_CHECKED): KnownFact<T> {
  const base = { known: true as const, value, source, checked, confidence: 'confirmed' as const };
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

type LabInput = Omit<LabResult, 'checked' | 'confidence'> & { readonly checked?: string };

export function lab(result: LabInput): LabResult {
  return { checked: RESEARCH_CHECKED, ...result, confidence: 'confirmed' };
}

export function notice(code: Notice['code'], source: string, checked: string = RESEARCH_CHECKED): Notice {
  return { code, source, checked, confidence: 'confirmed' };
}

/** Free version per computer, unknown unless given. */
export function freeTier(known: Partial<Record<ComputerPlatform, Fact<FreeTier>>>): Record<ComputerPlatform, Fact<FreeTier>> {
  return { windows: known.windows ?? UNKNOWN, mac: known.mac ?? UNKNOWN, linux: known.linux ?? UNKNOWN };
}

/** No price read on the vendor's own page: both unknown. */
export const PRICE_UNKNOWN = { firstYear: UNKNOWN, renewal: UNKNOWN } as const;

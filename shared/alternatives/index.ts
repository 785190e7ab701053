/**
 * Public API of the alternatives catalog, questions and ranking (pure; shipped in the app, no network).
 *
 * - CATALOG: the products as typed data; every known fact has { value, source, checked }.
 * - catalogAge(CATALOG): newest/oldest checked date, for "facts checked on …".
 * - checkVendorUrl(url, CATALOG): the allowlist check before opening a vendor page.
 * - prefillAnswers(scanReport): the questions pre-filled from detection.
 * - rankAlternatives(CATALOG, answers, platform): every product with its place, reasons and lacks.
 */
export type {
  Catalog,
  CatalogAge,
  CatalogPlatform,
  CatalogProduct,
  ComputerPlatform,
  Price,
  CheckedDate,
  Confidence,
  CountryCode,
  CsvFormat,
  Fact,
  Feature,
  FreeTier,
  KnownFact,
  LabName,
  LabOutcome,
  LabResult,
  Notice,
  NoticeCode,
  PasswordImport,
  UnknownFact,
} from './catalog-types';
export { CATALOG_PLATFORMS, COMPUTER_PLATFORMS, CSV_FORMATS, FEATURES } from './catalog-types';

export type { Answers, Budget, Device, PrefilledAnswers, PrefillReason } from './question-types';
export { answersSchema, BUDGETS, DEVICES, EMPTY_ANSWERS, KASPERSKY_FEATURES } from './question-types';

export type { Lack, RankedEntry, RankGroup, Ranking, RankPlatform, Reason } from './ranking-types';
export { RANKING_WEIGHTS, type RankingWeights } from './ranking-weights';

export { CATALOG } from './catalog';
export { catalogAge, catalogSummary, checkedDates, factSlots, type CatalogSummary } from './catalog-age';
export { allowedVendorHosts, checkVendorUrl, type VendorUrlCheck, type VendorUrlRefusal } from './vendor-url';
export { kasperskyFeatureOf, prefillAnswers } from './prefill-answers';
export { computerPlatformOf, LAB_RESULT_MAX_AGE_MONTHS, rankAlternatives, recentFrom } from './rank-alternatives';

import type { CatalogPlatform, CatalogProduct, CheckedDate, ComputerPlatform, Feature, LabResult, NoticeCode } from './catalog-types';
import type { Answers, Device } from './question-types';

/** The computer the ranking is for (Node's platform names, as in the scan report). */
export type RankPlatform = 'win32' | 'darwin' | 'linux';

/**
 * Groups in place order. A product never moves out of its group by score:
 * `built-in-choice` = the built-in protection pinned first (Defender on Windows, XProtect on a Mac;
 *   the user asked for simple, or free);
 * `lab-tested` = has at least one independent lab result on this computer's platform;
 * `no-lab-record` = no lab result for this platform in our sources: never above a lab-tested one;
 * `not-for-platform` = a source says it does not run on this computer.
 */
export type RankGroup = 'built-in-choice' | 'lab-tested' | 'no-lab-record' | 'not-for-platform';

/**
 * Why a product has its place. Structured so the UI translates `code` and interpolates the params;
 * `main/cli/format-reasons.ts` writes the English CLI text. Params are strings or numbers only.
 */
export type Reason =
  | { readonly code: 'built-in'; readonly platform: CatalogPlatform }
  | { readonly code: 'pinned-keep-simple'; readonly platform: ComputerPlatform }
  | { readonly code: 'pinned-free-built-in'; readonly platform: ComputerPlatform }
  /** `edition` names the free version (e.g. "Avast Free Antivirus"): bundled features may need a paid plan. */
  | { readonly code: 'free'; readonly platform: ComputerPlatform; readonly edition: string | null }
  | { readonly code: 'free-scan-only'; readonly platform: ComputerPlatform; readonly edition: string | null }
  /** The lab result as the catalog states it (`award` is null when the outcome is `tested`), minus our own check date. */
  | ({ readonly code: 'lab-result' } & Pick<LabResult, 'lab' | 'platform' | 'test' | 'award' | 'outcome' | 'date' | 'edition' | 'source'>)
  | { readonly code: 'has-feature'; readonly feature: Feature; readonly edition: string | null }
  | { readonly code: 'runs-on'; readonly device: Device }
  | { readonly code: 'imports-kaspersky-passwords' }
  | { readonly code: 'no-lab-record-ranked-below' }
  | { readonly code: 'listed-because-received' }
  | { readonly code: 'notice'; readonly notice: NoticeCode; readonly source: string }
  | { readonly code: 'not-for-platform'; readonly platform: CatalogPlatform };

/** What the product lacks against the user's answers (or what our sources cannot tell). */
export type Lack =
  | { readonly code: 'feature-missing'; readonly feature: Feature }
  | { readonly code: 'feature-unknown'; readonly feature: Feature }
  | { readonly code: 'device-unsupported'; readonly device: Device }
  | { readonly code: 'device-unknown'; readonly device: Device }
  | { readonly code: 'platform-unknown'; readonly platform: CatalogPlatform }
  | { readonly code: 'not-free' }
  | { readonly code: 'free-scan-only' }
  | { readonly code: 'free-unknown' }
  | { readonly code: 'no-lab-results' }
  /** Lab results exist, but only on other platforms than this computer's. */
  | { readonly code: 'no-lab-results-here' }
  /** Lab results on this computer's platform exist, but the newest is too old to count (its year, and where it is). */
  | { readonly code: 'lab-results-old'; readonly year: string; readonly source: string; readonly checked: CheckedDate };

export interface RankedEntry {
  /** 1-based place; every product has a distinct place (ties broken by name). */
  readonly place: number;
  readonly product: CatalogProduct;
  readonly group: RankGroup;
  /** Sum of the weights in ranking-weights.ts that applied; shown in --json for traceability. */
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly lacks: readonly Lack[];
}

export interface Ranking {
  readonly platform: RankPlatform;
  readonly answers: Answers;
  readonly entries: readonly RankedEntry[];
}

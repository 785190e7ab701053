import type { CatalogPlatform, CatalogProduct, Feature, LabResult, NoticeCode } from './catalog-types';
import type { Answers, Device } from './question-types';

/** The computer the ranking is for (Node's platform names, as in the scan report). */
export type RankPlatform = 'win32' | 'darwin' | 'linux';

/**
 * Groups in place order. A product never moves out of its group by score:
 * `built-in-choice` = Defender pinned first (the user asked for simple, or free, on Windows);
 * `lab-tested` = has at least one independent lab result;
 * `no-lab-record` = no lab result in our sources (UltraAV, Sophos Home): never above a lab-tested one;
 * `not-for-platform` = a source says it does not run on this computer.
 */
export type RankGroup = 'built-in-choice' | 'lab-tested' | 'no-lab-record' | 'not-for-platform';

/**
 * Why a product has its place. Structured so the UI translates `code` and interpolates the params;
 * `main/cli/format-reasons.ts` writes the English CLI text. Params are strings or numbers only.
 */
export type Reason =
  | { readonly code: 'built-in'; readonly platform: CatalogPlatform }
  | { readonly code: 'pinned-keep-simple' }
  | { readonly code: 'pinned-free-built-in' }
  /** `edition` names the free version (e.g. "Avast Free Antivirus"): bundled features may need a paid plan. */
  | { readonly code: 'free'; readonly edition: string | null }
  | { readonly code: 'free-scan-only'; readonly edition: string | null }
  /** The lab result as the catalog states it (`award` is null when the outcome is `tested`), minus our own check date. */
  | ({ readonly code: 'lab-result' } & Pick<LabResult, 'lab' | 'test' | 'award' | 'outcome' | 'date' | 'edition' | 'source'>)
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
  | { readonly code: 'no-lab-results' };

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

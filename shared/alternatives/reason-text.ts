import type { CatalogPlatform, Feature, NoticeCode } from './catalog-types';
import type { Device } from './question-types';
import type { Lack, Reason } from './ranking-types';

/**
 * The words for the ranking's reasons and lacks in one language: names for the codes' params, and
 * one sentence a code. `reasonText` and `lackText` put them together the same way for every
 * language (the CLI's English, the report's English, Spanish and Russian); the wizard does the same
 * through its i18n keys.
 */
export interface ReasonWords {
  readonly platform: Readonly<Record<CatalogPlatform, string>>;
  readonly device: Readonly<Record<Device, string>>;
  readonly feature: Readonly<Record<Feature, string>>;
  readonly notice: Readonly<Record<NoticeCode, string>>;
  readonly reason: {
    readonly 'built-in': (platform: string) => string;
    readonly 'pinned-keep-simple': (platform: string) => string;
    readonly 'pinned-free-built-in': (platform: string) => string;
    readonly free: (platform: string) => string;
    readonly 'free-scan-only': (platform: string) => string;
    /** Took part; the result is not in our sources. */
    readonly 'lab-tested': (lab: string, test: string, platform: string, edition: string) => string;
    readonly 'lab-result': (lab: string, test: string, platform: string, award: string, edition: string) => string;
    readonly 'has-feature': (feature: string) => string;
    readonly 'runs-on': (device: string) => string;
    readonly 'imports-kaspersky-passwords': string;
    readonly 'no-lab-record-ranked-below': string;
    readonly 'listed-because-received': string;
    readonly 'not-for-platform': (platform: string) => string;
  };
  readonly lack: {
    readonly 'feature-missing': (feature: string) => string;
    readonly 'feature-unknown': (feature: string) => string;
    readonly 'device-unsupported': (device: string) => string;
    readonly 'device-unknown': (device: string) => string;
    readonly 'platform-unknown': (platform: string) => string;
    readonly 'not-free': string;
    readonly 'free-scan-only': string;
    readonly 'free-unknown': string;
    readonly 'no-lab-results': string;
    readonly 'no-lab-results-here': string;
    readonly 'lab-results-old': (year: string) => string;
  };
}

/** " (Avast Free Antivirus)" after a sentence when the catalog names the edition. */
const edition = (name: string | null): string => (name ? ` (${name})` : '');

export function reasonText(w: ReasonWords, reason: Reason): string {
  const s = w.reason;
  switch (reason.code) {
    case 'built-in':
    case 'pinned-keep-simple':
    case 'pinned-free-built-in':
    case 'not-for-platform':
      return s[reason.code](w.platform[reason.platform]);
    case 'free':
    case 'free-scan-only':
      return s[reason.code](w.platform[reason.platform]) + edition(reason.edition);
    case 'lab-result':
      return reason.outcome === 'tested' || reason.award === null
        ? s['lab-tested'](reason.lab, reason.test, w.platform[reason.platform], reason.edition)
        : s['lab-result'](reason.lab, reason.test, w.platform[reason.platform], reason.award, reason.edition);
    case 'has-feature':
      return s['has-feature'](w.feature[reason.feature]) + edition(reason.edition);
    case 'runs-on':
      return s['runs-on'](w.device[reason.device]);
    case 'imports-kaspersky-passwords':
    case 'no-lab-record-ranked-below':
    case 'listed-because-received':
      return s[reason.code];
    case 'notice':
      return w.notice[reason.notice];
  }
}

export function lackText(w: ReasonWords, lack: Lack): string {
  const s = w.lack;
  switch (lack.code) {
    case 'feature-missing':
    case 'feature-unknown':
      return s[lack.code](w.feature[lack.feature]);
    case 'device-unsupported':
    case 'device-unknown':
      return s[lack.code](w.device[lack.device]);
    case 'platform-unknown':
      return s['platform-unknown'](w.platform[lack.platform]);
    case 'not-free':
    case 'free-scan-only':
    case 'free-unknown':
    case 'no-lab-results':
    case 'no-lab-results-here':
      return s[lack.code];
    case 'lab-results-old':
      return s['lab-results-old'](lack.year);
  }
}

import type { CatalogPlatform, Device, Feature, Lack, NoticeCode, RankGroup, Reason } from '@shared/alternatives';
import { lackText, reasonText, type ReasonWords } from '@shared/alternatives/reason-text';

/**
 * English text for the ranking's reason codes, for the CLI and the English report. The wizard
 * translates the same codes through i18n keys instead; keep the meaning of both in step.
 */

const PLATFORM_NAMES: Readonly<Record<CatalogPlatform, string>> = {
  windows: 'Windows',
  mac: 'Mac',
  android: 'Android',
  ios: 'iPhone and iPad',
  linux: 'Linux',
};
const DEVICE_NAMES: Readonly<Record<Device, string>> = {
  windows: 'Windows',
  mac: 'Mac',
  linux: 'Linux computer',
  android: 'Android',
  iphone: 'iPhone',
};
export const FEATURE_NAMES: Readonly<Record<Feature, string>> = {
  vpn: 'VPN',
  'password-manager': 'password manager',
  'parental-control': 'parental control',
  'identity-protection': 'identity protection',
};
const NOTICE_TEXT: Readonly<Record<NoticeCode, string>> = {
  'installed-without-consent': 'was installed automatically on Windows in September 2024, replacing Kaspersky without asking',
  'no-independent-lab-record': 'reported to have no established record with independent test labs',
  'hard-to-remove': 'users reported only its own uninstaller removes it',
  'engine-from-other-vendor': 'its scanning engine reportedly comes from another company (Max Secure Software)',
  'limited-lab-results': 'a review found only limited results from test labs',
  'weak-parental-control': 'a review rated its parental control as weak',
  'billing-carried-over': 'billing carried over from Kaspersky on the same schedule',
};
export const GROUP_TEXT: Readonly<Record<RankGroup, string>> = {
  'built-in-choice': 'built-in choice',
  'lab-tested': 'tested by independent labs',
  'no-lab-record': 'no recent lab results in our sources',
  'not-for-platform': 'does not run on this computer',
};

/** The English words for reasonText and lackText. */
export const EN_REASON_WORDS: ReasonWords = {
  platform: PLATFORM_NAMES,
  device: DEVICE_NAMES,
  feature: FEATURE_NAMES,
  notice: NOTICE_TEXT,
  reason: {
    'built-in': (platform) => `built into ${platform}`,
    'pinned-keep-simple': (platform) => `you asked to keep it simple: it is already built into ${platform}`,
    'pinned-free-built-in': (platform) => `you asked for free: it is already built into ${platform} and costs nothing`,
    free: (platform) => `free version on ${platform}`,
    'free-scan-only': (platform) => `free version on ${platform} only scans when you ask, no real-time protection`,
    'lab-tested': (lab, test, platform, edition) => `took part in ${lab} ${test} on ${platform} (${edition}); result not in our sources`,
    'lab-result': (lab, test, platform, award, edition) => `${lab} ${test} on ${platform}: ${award} (${edition})`,
    'has-feature': (feature) => `has ${feature}`,
    'runs-on': (device) => `runs on ${device}`,
    'imports-kaspersky-passwords': 'its password manager can import the Kaspersky Password Manager text export',
    'no-lab-record-ranked-below': 'no recent independent lab results in our sources, so it is placed below products that have them',
    'listed-because-received': 'listed because Kaspersky customers in the US received it in September 2024',
    'not-for-platform': (platform) => `does not run on ${platform}`,
  },
  lack: {
    'feature-missing': (feature) => `no ${feature}`,
    'feature-unknown': (feature) => `${feature}: not known`,
    'device-unsupported': (device) => `does not run on ${device}`,
    'device-unknown': (device) => `${device}: not known whether it runs there`,
    'platform-unknown': (platform) => `${platform}: not known whether it runs there`,
    'not-free': 'no free version',
    'free-scan-only': 'the free version only scans when you ask',
    'free-unknown': 'free version: not known',
    'no-lab-results': 'no independent lab results in our sources',
    'no-lab-results-here': 'lab results in our sources are for other systems only, not this one',
    'lab-results-old': (year) => `its newest lab result for this system is from ${year}, too old to count`,
  },
};

export const formatReason = (reason: Reason): string => reasonText(EN_REASON_WORDS, reason);
export const formatLack = (lack: Lack): string => lackText(EN_REASON_WORDS, lack);

/** The source URL a reason rests on, if it has one (the text lists them once per product). */
export function reasonSource(reason: Reason): string | null {
  return reason.code === 'lab-result' || reason.code === 'notice' ? reason.source : null;
}

/** The source a lack rests on: only a lab result too old to count names one (where that result is). */
export function lackSource(lack: Lack): string | null {
  return lack.code === 'lab-results-old' ? lack.source : null;
}

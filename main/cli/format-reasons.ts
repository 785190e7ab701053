import type { CatalogPlatform, Device, Feature, Lack, NoticeCode, RankGroup, Reason } from '@shared/alternatives';

/**
 * English text for the ranking's reason codes, for the CLI. The wizard translates the same codes
 * through i18n keys instead; keep the meaning of both in step.
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
  'no-lab-record': 'no lab results in our sources',
  'not-for-platform': 'does not run on this computer',
};

export function formatReason(reason: Reason): string {
  switch (reason.code) {
    case 'pinned-keep-simple':
      return `you asked to keep it simple: it is already built into ${PLATFORM_NAMES[reason.platform]}`;
    case 'pinned-free-built-in':
      return `you asked for free: it is already built into ${PLATFORM_NAMES[reason.platform]} and costs nothing`;
    case 'built-in':
      return `built into ${PLATFORM_NAMES[reason.platform]}`;
    case 'free':
      return `free version on ${PLATFORM_NAMES[reason.platform]}${reason.edition ? ` (${reason.edition})` : ''}`;
    case 'free-scan-only':
      return `free version on ${PLATFORM_NAMES[reason.platform]} only scans when you ask, no real-time protection${reason.edition ? ` (${reason.edition})` : ''}`;
    case 'lab-result':
      return formatLabResult(reason);
    case 'has-feature':
      return `has ${FEATURE_NAMES[reason.feature]}${reason.edition ? ` (${reason.edition})` : ''}`;
    case 'runs-on':
      return `runs on ${DEVICE_NAMES[reason.device]}`;
    case 'imports-kaspersky-passwords':
      return 'its password manager can import the Kaspersky Password Manager text export';
    case 'no-lab-record-ranked-below':
      return 'no independent lab results in our sources, so it is placed below products that have them';
    case 'listed-because-received':
      return 'listed because Kaspersky customers in the US received it in September 2024';
    case 'notice':
      return NOTICE_TEXT[reason.notice];
    case 'not-for-platform':
      return `does not run on ${PLATFORM_NAMES[reason.platform]}`;
  }
}

function formatLabResult(r: Extract<Reason, { code: 'lab-result' }>): string {
  if (r.outcome === 'tested' || r.award === null) {
    return `took part in ${r.lab} ${r.test} on ${PLATFORM_NAMES[r.platform]} (${r.edition}); result not in our sources`;
  }
  return `${r.lab} ${r.test} on ${PLATFORM_NAMES[r.platform]}: ${r.award} (${r.edition})`;
}

/** The source URL a reason rests on, if it has one (the text lists them once per product). */
export function reasonSource(reason: Reason): string | null {
  return reason.code === 'lab-result' || reason.code === 'notice' ? reason.source : null;
}

export function formatLack(lack: Lack): string {
  switch (lack.code) {
    case 'feature-missing':
      return `no ${FEATURE_NAMES[lack.feature]}`;
    case 'feature-unknown':
      return `${FEATURE_NAMES[lack.feature]}: not known`;
    case 'device-unsupported':
      return `does not run on ${DEVICE_NAMES[lack.device]}`;
    case 'device-unknown':
      return `${DEVICE_NAMES[lack.device]}: not known whether it runs there`;
    case 'platform-unknown':
      return `${PLATFORM_NAMES[lack.platform]}: not known whether it runs there`;
    case 'not-free':
      return 'no free version';
    case 'free-scan-only':
      return 'the free version only scans when you ask';
    case 'free-unknown':
      return 'free version: not known';
    case 'no-lab-results':
      return 'no independent lab results in our sources';
    case 'no-lab-results-here':
      return 'lab results in our sources are for other systems only, not this one';
  }
}

import type { CatalogPlatform, CatalogProduct, ComputerPlatform, Device, Fact, Lack, Reason } from '@shared/alternatives/index';

/** Where a reason or lack in the short list comes from: the catalog fact behind it, with its date. */
export interface LineSource {
  readonly source: string;
  readonly checked: string;
}

const DEVICE_PLATFORM: Record<Device, CatalogPlatform> = { windows: 'windows', mac: 'mac', linux: 'linux', android: 'android', iphone: 'ios' };

const known = (fact: Fact<unknown>): LineSource | null => (fact.known ? { source: fact.source, checked: fact.checked } : null);

/**
 * The fact a reason states, looked up in the product's own catalog entry, so every line of the
 * short list can name its source and date. Null for lines that restate the user's answers or an
 * absence ("no lab results in our sources"), which no source can state.
 */
export function reasonLineSource(product: CatalogProduct, reason: Reason): LineSource | null {
  switch (reason.code) {
    case 'built-in':
    case 'not-for-platform':
      return known(product.platforms[reason.platform]);
    case 'free':
    case 'free-scan-only':
    case 'pinned-free-built-in':
      return known(product.freeTier[reason.platform]);
    case 'lab-result': {
      const lab = product.labResults.find((r) => r.source === reason.source && r.test === reason.test && r.edition === reason.edition);
      return lab ? { source: lab.source, checked: lab.checked } : null;
    }
    case 'has-feature':
      return known(product.features[reason.feature]);
    case 'runs-on':
      return known(product.platforms[DEVICE_PLATFORM[reason.device]]);
    case 'imports-kaspersky-passwords':
      return known(product.passwordImport);
    case 'notice': {
      const notice = product.notices.find((n) => n.code === reason.notice);
      return notice ? { source: notice.source, checked: notice.checked } : null;
    }
    default:
      return null;
  }
}

/** The fact behind a lack, when a source states it ("No free version"); null for "not known". */
export function lackLineSource(product: CatalogProduct, lack: Lack, computer: ComputerPlatform): LineSource | null {
  switch (lack.code) {
    case 'feature-missing':
      return known(product.features[lack.feature]);
    case 'device-unsupported':
      return known(product.platforms[DEVICE_PLATFORM[lack.device]]);
    case 'not-free':
    case 'free-scan-only':
      return known(product.freeTier[computer]);
    case 'lab-results-old':
      return { source: lack.source, checked: lack.checked };
    default:
      return null;
  }
}

/** "av-test.org" from a source URL: short enough for the list; the full address is under Facts and sources. */
export function siteName(source: string): string {
  try {
    const url = new URL(source);
    // A vendor's own repository says whose it is ("github.com/MicrosoftDocs"), not GitHub's file host.
    if (url.hostname === 'raw.githubusercontent.com' || url.hostname === 'github.com') {
      const owner = url.pathname.split('/')[1];
      if (owner) return `github.com/${owner}`;
    }
    return url.hostname.replace(/^www\./, '');
  } catch {
    return source;
  }
}

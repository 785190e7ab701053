import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, freeTier, platforms, PRICE_UNKNOWN, REREAD, UNKNOWN } from './fact-builders';

/** Apple's own platform deployment guide: "macOS includes built-in antivirus technology called XProtect". */
const APPLE_XPROTECT = 'https://support.apple.com/guide/platform-support/sup95904c270/web';

export const XPROTECT: CatalogProduct = {
  id: 'xprotect',
  name: 'XProtect',
  vendor: 'Apple',
  builtIn: true,
  listedBecauseReceived: false,
  vendorDomains: ['apple.com'],
  company: confirmed('Apple', APPLE_XPROTECT, undefined, REREAD),
  headquarters: UNKNOWN,
  platforms: platforms({ mac: confirmed(true, APPLE_XPROTECT, 'built into macOS', REREAD) }),
  // Checks apps when first launched or changed, blocks known malware and moves it to the Trash.
  freeTier: freeTier({ mac: confirmed('full', APPLE_XPROTECT, 'built into macOS', REREAD) }),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: UNKNOWN,
  notices: [],
};

/** ClamAV's own repository (Cisco Talos): an open-source antivirus engine, with a Windows installer. */
const CLAMAV_README = 'https://github.com/Cisco-Talos/clamav/blob/main/README.md';
/** Its on-access scanner's manual: clamonacc blocks access to malicious files, on Linux only. */
const CLAMONACC_MAN = 'https://github.com/Cisco-Talos/clamav/blob/main/docs/man/clamonacc.8.in';

export const CLAMAV: CatalogProduct = {
  id: 'clamav',
  name: 'ClamAV',
  vendor: 'ClamAV (Cisco Talos)',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['clamav.net'],
  vendorRepos: ['github.com/Cisco-Talos'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({
    linux: confirmed(true, CLAMAV_README, undefined, REREAD),
    windows: confirmed(true, CLAMAV_README, 'installer for Windows', REREAD),
  }),
  freeTier: freeTier({
    linux: confirmed('full', CLAMONACC_MAN, 'open source; on-access scanning with clamonacc must be set up', REREAD),
  }),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: confirmed('https://www.clamav.net/', CLAMAV_README, undefined, REREAD),
  notices: [],
};

/** ClamTk's own repository: "a frontend for ClamAV … an easy to use, light-weight, on-demand scanner for Linux systems". */
const CLAMTK_README = 'https://github.com/dave-theunsub/clamtk/blob/master/README.md';

export const CLAMTK: CatalogProduct = {
  id: 'clamtk',
  name: 'ClamTk',
  vendor: 'ClamTk',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['dave-theunsub.github.io'],
  vendorRepos: ['github.com/dave-theunsub'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ linux: confirmed(true, CLAMTK_README, undefined, REREAD) }),
  freeTier: freeTier({ linux: confirmed('scan-only', CLAMTK_README, 'a window for ClamAV', REREAD) }),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: UNKNOWN,
  notices: [],
};

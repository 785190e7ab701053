import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, notice, platforms, reported, UNKNOWN } from './fact-builders';
import { AV_COMPARATIVES_RWPT_2025, avComparativesRwpt2025, avLabNovember2024, avTestAward2025 } from './lab-sources';

export const MALWAREBYTES: CatalogProduct = {
  id: 'malwarebytes',
  name: 'Malwarebytes',
  vendor: 'Malwarebytes',
  builtIn: false,
  listedBecauseReceived: false,
  // "Santa Clara CA, USA [UNCONFIRMED]".
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: reported(true, AV_COMPARATIVES_RWPT_2025, 'Malwarebytes Premium') }),
  // Free scans on demand only; real-time protection needs Premium.
  freeTier: reported('scan-only', 'https://cynmackley.com/2016/11/29/what-is-real-time-protection/', 'Malwarebytes Free'),
  // "VPN in bundle [UNCONFIRMED]".
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avComparativesRwpt2025('Malwarebytes Premium')],
  vendorPage: UNKNOWN,
  notices: [],
};

const SOPHOS_TECHRADAR = 'https://www.techradar.com/reviews/sophos-2020-antivirus-solutions';
/** PCMag review of Sophos Home Premium, mirrored. */
const SOPHOS_PCMAG = 'https://promo-sale.live/antivirus/93403/sophos-home-premium';

export const SOPHOS_HOME: CatalogProduct = {
  id: 'sophos-home',
  name: 'Sophos Home Premium',
  vendor: 'Sophos',
  builtIn: false,
  listedBecauseReceived: false,
  company: reported('Sophos (owned by Thoma Bravo)', 'https://foxtrue463.netlify.app/sophos-internet'),
  headquarters: reported(['GB'], 'https://foxtrue463.netlify.app/sophos-internet'),
  platforms: platforms({
    windows: reported(true, SOPHOS_TECHRADAR),
    mac: reported(true, SOPHOS_TECHRADAR),
    android: reported(true, SOPHOS_TECHRADAR, 'Intercept X app (free)'),
    ios: reported(true, SOPHOS_TECHRADAR, 'Intercept X app (free)'),
  }),
  // The former Sophos Home Free was dropped.
  freeTier: reported('none', SOPHOS_TECHRADAR),
  features: features({ 'parental-control': reported(true, SOPHOS_TECHRADAR, 'web filtering') }),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: confirmed('https://home.sophos.com/', 'https://home.sophos.com/help'),
  notices: [
    notice('limited-lab-results', SOPHOS_PCMAG, 'third-party'),
    notice('weak-parental-control', SOPHOS_TECHRADAR, 'third-party'),
  ],
};

export const WEBROOT: CatalogProduct = {
  id: 'webroot',
  name: 'Webroot SecureAnywhere',
  vendor: 'Webroot',
  builtIn: false,
  listedBecauseReceived: false,
  // "Webroot (OpenText) [UNCONFIRMED], Broomfield CO, USA [UNCONFIRMED]".
  company: UNKNOWN,
  headquarters: UNKNOWN,
  // Real clean-install dumps of Webroot on Windows (detection.md §5, source A).
  platforms: platforms({ windows: confirmed(true, 'https://github.com/D3VI5H4/Antivirus-Artifacts') }),
  freeTier: UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avLabNovember2024('Webroot Antivirus')],
  vendorPage: UNKNOWN,
  notices: [],
};

const PANDA_PRIVACY = 'https://go.pandasecurity.com/privacy-policy/';

export const PANDA_DOME: CatalogProduct = {
  id: 'panda-dome',
  name: 'Panda Dome',
  vendor: 'Panda Security',
  builtIn: false,
  listedBecauseReceived: false,
  company: confirmed('Panda Security S.L.U. (owned by WatchGuard)', PANDA_PRIVACY),
  headquarters: confirmed(['ES'], PANDA_PRIVACY),
  platforms: platforms({ windows: reported(true, AV_COMPARATIVES_RWPT_2025, 'Panda Free Antivirus') }),
  freeTier: reported('full', AV_COMPARATIVES_RWPT_2025, 'Panda Free Antivirus'),
  // "VPN/PM/parental in paid tiers [UNCONFIRMED]".
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avComparativesRwpt2025('Panda Free Antivirus'), avLabNovember2024('Panda Dome Advanced')],
  vendorPage: confirmed('https://www.pandasecurity.com/', PANDA_PRIVACY),
  notices: [],
};

const TOTALAV_TERMS = 'https://www.totalav.com/terms?forceLang=nl';
/** Low-quality review site; the only source found for TotalAV's bundled features. */
const TOTALAV_FEATURES = 'https://craftsmeet.com/total-av-app';

export const TOTALAV: CatalogProduct = {
  id: 'totalav',
  name: 'TotalAV',
  vendor: 'TotalAV',
  builtIn: false,
  listedBecauseReceived: false,
  company: confirmed('Total Security Limited (Protected.net group)', TOTALAV_TERMS),
  headquarters: confirmed(['GB'], TOTALAV_TERMS),
  // "Windows, macOS, Android, iOS [UNCONFIRMED]".
  platforms: platforms({}),
  // "Free scanner [UNCONFIRMED]".
  freeTier: UNKNOWN,
  features: features({
    vpn: reported(true, TOTALAV_FEATURES),
    'password-manager': reported(true, TOTALAV_FEATURES),
  }),
  passwordImport: UNKNOWN,
  labResults: [avTestAward2025('Best Usability', 'TotalAV Premium')],
  vendorPage: confirmed('https://www.totalav.com/', TOTALAV_TERMS),
  notices: [],
};

import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, freeTier, platforms, PRICE_UNKNOWN, REREAD, UNKNOWN } from './fact-builders';
import { AV_TEST_AWARDS_2025, AVLAB_NOVEMBER_2024, avLabNovember2024, avTestAward2025 } from './lab-sources';

export const MALWAREBYTES: CatalogProduct = {
  id: 'malwarebytes',
  name: 'Malwarebytes',
  vendor: 'Malwarebytes',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['malwarebytes.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({}),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: UNKNOWN,
  notices: [],
};

export const SOPHOS_HOME: CatalogProduct = {
  id: 'sophos-home',
  name: 'Sophos Home Premium',
  vendor: 'Sophos',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['sophos.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({}),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: confirmed('https://home.sophos.com/', 'https://home.sophos.com/help'),
  notices: [],
};

export const WEBROOT: CatalogProduct = {
  id: 'webroot',
  name: 'Webroot SecureAnywhere',
  vendor: 'Webroot',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['webroot.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: confirmed(true, AVLAB_NOVEMBER_2024, 'Webroot Antivirus') }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
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
  vendorDomains: ['pandasecurity.com'],
  company: confirmed('Panda Security S.L.U. (owned by WatchGuard)', PANDA_PRIVACY),
  headquarters: confirmed(['ES'], PANDA_PRIVACY),
  platforms: platforms({ windows: confirmed(true, AVLAB_NOVEMBER_2024, 'Panda Dome Advanced') }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avLabNovember2024('Panda Dome Advanced')],
  vendorPage: confirmed('https://www.pandasecurity.com/', PANDA_PRIVACY),
  notices: [],
};

const TOTALAV_TERMS = 'https://www.totalav.com/terms?forceLang=nl';

export const TOTALAV: CatalogProduct = {
  id: 'totalav',
  name: 'TotalAV',
  vendor: 'TotalAV',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['totalav.com'],
  company: confirmed('Total Security Limited (Protected.net group)', TOTALAV_TERMS),
  headquarters: confirmed(['GB'], TOTALAV_TERMS),
  platforms: platforms({ windows: confirmed(true, AV_TEST_AWARDS_2025, 'TotalAV Premium', REREAD) }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avTestAward2025('Best Usability', 'TotalAV Premium')],
  vendorPage: confirmed('https://www.totalav.com/', TOTALAV_TERMS),
  notices: [],
};

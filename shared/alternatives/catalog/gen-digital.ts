import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, freeTier, lab, platforms, PRICE_UNKNOWN, REREAD, UNKNOWN } from './fact-builders';
import { AV_TEST_AWARDS_2025, AV_TEST_AWARDS_2025_NORTON, avTestAward2025 } from './lab-sources';

/**
 * Norton, Avast, AVG and Avira. Their common owner (Gen Digital) was cited to an encyclopedia
 * mirror, so company and headquarters are not known here until read on the vendor's own pages.
 */

const NORTON_MAC_TEST = 'https://av-test.org/en/antivirus/home-macos/-macos-sonoma/december-2024/norton-norton-360-24.11-245407';

export const NORTON_360: CatalogProduct = {
  id: 'norton-360',
  name: 'Norton 360',
  vendor: 'Norton',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['norton.com', 'us.norton.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({
    windows: confirmed(true, AV_TEST_AWARDS_2025_NORTON, 'Norton 360', REREAD),
    mac: confirmed(true, NORTON_MAC_TEST, 'Norton 360 24.11', REREAD),
  }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    lab({ lab: 'AV-TEST', platform: 'windows', test: 'Awards 2025', award: 'Best Usability', outcome: 'award', date: '2025', edition: 'Norton 360', source: AV_TEST_AWARDS_2025_NORTON, checked: REREAD }),
    lab({ lab: 'AV-TEST', platform: 'mac', test: 'Awards 2025', award: 'Best MacOS Security', outcome: 'award', date: '2025', edition: 'Norton 360', source: AV_TEST_AWARDS_2025_NORTON, checked: REREAD }),
    lab({
      lab: 'AV-TEST',
      platform: 'mac',
      test: 'macOS Sonoma test, December 2024',
      award: 'Protection 6.0 of 6, Performance 6.0 of 6, Usability 6.0 of 6',
      outcome: 'scored',
      date: '2024-12',
      edition: 'Norton 360 24.11',
      source: NORTON_MAC_TEST,
      checked: REREAD,
    }),
  ],
  vendorPage: UNKNOWN,
  notices: [],
};

const AVAST_MAC_TEST = 'https://www.av-test.org/de/antivirus/privat-macos/macos-catalina/m%C3%A4rz-2020/avast-security-14.3-201201/';

export const AVAST: CatalogProduct = {
  id: 'avast',
  name: 'Avast',
  vendor: 'Avast',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['avast.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({
    windows: confirmed(true, AV_TEST_AWARDS_2025, 'Avast Free Antivirus', REREAD),
    mac: confirmed(true, AVAST_MAC_TEST, 'Avast Security 14.3', REREAD),
  }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    avTestAward2025('Best Usability', 'Avast Free Antivirus'),
    lab({
      lab: 'AV-TEST',
      platform: 'mac',
      test: 'macOS Catalina test, March 2020',
      award: 'Protection 6.0 of 6, Performance 5.0 of 6, Usability 5.5 of 6',
      outcome: 'scored',
      date: '2020-03',
      edition: 'Avast Security 14.3',
      source: AVAST_MAC_TEST,
      checked: REREAD,
    }),
  ],
  vendorPage: UNKNOWN,
  notices: [],
};

export const AVG: CatalogProduct = {
  id: 'avg',
  name: 'AVG',
  vendor: 'AVG',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['avg.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: confirmed(true, AV_TEST_AWARDS_2025, 'AVG Internet Security', REREAD) }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avTestAward2025('Best Usability', 'AVG Internet Security')],
  vendorPage: UNKNOWN,
  notices: [],
};

export const AVIRA: CatalogProduct = {
  id: 'avira',
  name: 'Avira',
  vendor: 'Avira',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['avira.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: confirmed(true, AV_TEST_AWARDS_2025, 'Avira Security', REREAD) }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avTestAward2025('Best Usability', 'Avira Security')],
  vendorPage: UNKNOWN,
  notices: [],
};

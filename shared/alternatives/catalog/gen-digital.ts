import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, lab, platforms, reported, UNKNOWN } from './fact-builders';
import {
  AV_COMPARATIVES_RWPT_2025,
  AV_COMPARATIVES_SUMMARY_2025,
  AV_TEST_AWARDS_2025,
  avComparativesRwpt2025,
  avComparativesSummary2025,
  avTestAward2025,
} from './lab-sources';

/** Norton, Avast, AVG and Avira all belong to Gen Digital (co-headquartered in Tempe, USA and Prague, Czech Republic). */
const GEN_DIGITAL = 'https://www.hubbry.com/Gen_Digital';

export const NORTON_360: CatalogProduct = {
  id: 'norton-360',
  name: 'Norton 360',
  vendor: 'Norton',
  builtIn: false,
  listedBecauseReceived: false,
  company: reported('Gen Digital', GEN_DIGITAL),
  headquarters: reported(['US', 'CZ'], GEN_DIGITAL),
  platforms: platforms({
    windows: reported(true, 'https://paravirus.com/?p=762'),
    mac: reported(true, 'https://paravirus.com/?p=762'),
    android: reported(true, 'https://paravirus.com/?p=762'),
    ios: reported(true, 'https://paravirus.com/?p=762'),
  }),
  // "No (7-day trial)".
  freeTier: reported('none', 'https://bestwebdownloads.com/reviews/norton-360-deluxe'),
  features: features({
    vpn: reported(true, 'https://paravirus.com/?p=762'),
    'password-manager': reported(true, 'https://paravirus.com/?p=762'),
    'parental-control': reported(true, 'https://paravirus.com/?p=762'),
    'identity-protection': reported(true, 'https://paravirus.com/?p=762', 'Norton 360 with LifeLock (US only)'),
  }),
  passwordImport: UNKNOWN,
  labResults: [
    lab({
      lab: 'AV-TEST',
      test: 'Awards 2025',
      award: 'Best Usability',
      outcome: 'award',
      date: '2025',
      edition: 'Norton 360',
      source: 'https://www.av-test.org/en/news/av-test-awards-2025-for-norton',
      confidence: 'confirmed',
    }),
    lab({
      lab: 'AV-TEST',
      test: 'Awards 2025',
      award: 'Best MacOS Security',
      outcome: 'award',
      date: '2025',
      edition: 'Norton 360',
      source: 'https://www.av-test.org/en/news/av-test-awards-2025-for-norton',
      confidence: 'confirmed',
    }),
    avComparativesSummary2025('Top-Rated', 'Norton'),
    avComparativesRwpt2025('Norton Antivirus Plus'),
  ],
  vendorPage: UNKNOWN,
  notices: [],
};

export const AVAST: CatalogProduct = {
  id: 'avast',
  name: 'Avast',
  vendor: 'Avast',
  builtIn: false,
  listedBecauseReceived: false,
  company: confirmed('Gen Digital', GEN_DIGITAL),
  headquarters: reported(['US', 'CZ'], GEN_DIGITAL),
  // Other platforms are [UNCONFIRMED]; the AV-Comparatives summary is a Windows test.
  platforms: platforms({ windows: reported(true, AV_COMPARATIVES_SUMMARY_2025, 'Avast Free Antivirus') }),
  freeTier: reported('full', AV_TEST_AWARDS_2025, 'Avast Free Antivirus'),
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    avTestAward2025('Best Usability', 'Avast Free Antivirus'),
    avComparativesSummary2025('Top-Rated', 'Avast'),
    avComparativesSummary2025('Gold, Performance', 'Avast'),
    avComparativesRwpt2025('Avast Free Antivirus'),
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
  company: confirmed('Gen Digital', GEN_DIGITAL),
  headquarters: reported(['US', 'CZ'], GEN_DIGITAL),
  platforms: platforms({ windows: reported(true, AV_COMPARATIVES_SUMMARY_2025, 'AVG') }),
  freeTier: reported('full', AV_COMPARATIVES_RWPT_2025, 'AVG AntiVirus Free'),
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    avTestAward2025('Best Usability', 'AVG Internet Security'),
    avComparativesSummary2025('Top-Rated', 'AVG'),
    avComparativesSummary2025('Gold, Performance', 'AVG'),
    avComparativesRwpt2025('AVG AntiVirus Free'),
  ],
  vendorPage: UNKNOWN,
  notices: [],
};

export const AVIRA: CatalogProduct = {
  id: 'avira',
  name: 'Avira',
  vendor: 'Avira',
  builtIn: false,
  listedBecauseReceived: false,
  company: confirmed('Gen Digital', GEN_DIGITAL),
  headquarters: reported(['US', 'CZ'], GEN_DIGITAL),
  platforms: platforms({
    windows: reported(true, AV_COMPARATIVES_RWPT_2025, 'Avira Free Antivirus'),
  }),
  freeTier: reported('full', AV_COMPARATIVES_RWPT_2025, 'Avira Free Antivirus'),
  // "VPN/PM in Prime [UNCONFIRMED]".
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avTestAward2025('Best Usability', 'Avira Security'), avComparativesRwpt2025('Avira Free Antivirus')],
  vendorPage: UNKNOWN,
  notices: [],
};

import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, freeTier, lab, platforms, PRICE_UNKNOWN, REREAD, UNKNOWN } from './fact-builders';
import { AV_TEST_AWARDS_2025, avTestAward2025 } from './lab-sources';

const BITDEFENDER_PRIVACY = 'https://bitdefender.com/en-ca/site/view/privacy-policy-bitdefender-customer-community';

export const BITDEFENDER: CatalogProduct = {
  id: 'bitdefender',
  name: 'Bitdefender',
  vendor: 'Bitdefender',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['bitdefender.com'],
  company: confirmed('Bitdefender S.R.L.', BITDEFENDER_PRIVACY),
  headquarters: confirmed(['RO'], BITDEFENDER_PRIVACY),
  // The lab's Windows test shows it runs on Windows; its own pages for the other platforms were not read.
  platforms: platforms({ windows: confirmed(true, AV_TEST_AWARDS_2025, 'Bitdefender Total Security', REREAD) }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [avTestAward2025('Best Protection', 'Bitdefender Total Security')],
  vendorPage: confirmed('https://www.bitdefender.com/', BITDEFENDER_PRIVACY),
  notices: [],
};

const ESET_TERMS = 'https://help.eset.com/enterprise_services/en-US/terms_and_conditions.html';
const ESET_HOME_PROFILES = 'https://help.eset.com/home_eset/en-US/user_profiles.html';

export const ESET: CatalogProduct = {
  id: 'eset',
  name: 'ESET HOME Security',
  vendor: 'ESET',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['eset.com'],
  company: confirmed('ESET spol. s r.o.', ESET_TERMS),
  headquarters: confirmed(['SK'], ESET_TERMS),
  platforms: platforms({}),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({
    vpn: confirmed(true, ESET_HOME_PROFILES, 'ESET VPN, on eligible plans'),
    'password-manager': confirmed(true, ESET_HOME_PROFILES, 'ESET Password Manager, on eligible plans'),
  }),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: confirmed('https://www.eset.com/', ESET_HOME_PROFILES),
  notices: [],
};

export const G_DATA: CatalogProduct = {
  id: 'g-data',
  name: 'G DATA',
  vendor: 'G DATA',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['gdata.de', 'gdatasoftware.com'],
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

export const MCAFEE: CatalogProduct = {
  id: 'mcafee',
  name: 'McAfee Total Protection',
  vendor: 'McAfee',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['mcafee.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: confirmed(true, AV_TEST_AWARDS_2025, 'McAfee Total Protection', REREAD) }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    avTestAward2025('Best Performance', 'McAfee Total Protection'),
    avTestAward2025('Best Advanced Protection', 'McAfee Total Protection'),
    avTestAward2025('Best Usability', 'McAfee Total Protection'),
  ],
  vendorPage: UNKNOWN,
  notices: [],
};

const TREND_AV_TEST =
  'https://av-test.org/en/antivirus/home-windows/windows-10/december-2024/trend-micro-internet-security-17.8-241617';

export const TREND_MICRO: CatalogProduct = {
  id: 'trend-micro',
  name: 'Trend Micro',
  vendor: 'Trend Micro',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['trendmicro.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: confirmed(true, TREND_AV_TEST, 'Trend Micro Internet Security 17.8') }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    lab({
      lab: 'AV-TEST',
      platform: 'windows',
      test: 'Windows 10 test, November–December 2024',
      award: 'Certified; Protection 6.0 of 6, Performance 6.0 of 6',
      outcome: 'certified',
      date: '2024-12',
      edition: 'Trend Micro Internet Security 17.8',
      source: TREND_AV_TEST,
    }),
  ],
  vendorPage: UNKNOWN,
  notices: [],
};

/** F-Secure's own KB: moving Kaspersky Password Manager entries into F-Secure ID PROTECTION. */
const F_SECURE_KB =
  'https://community.f-secure.com/id-protection-en/kb/articles/9269-how-to-transfer-password-entries-from-kaspersky-to-id-protection';

export const F_SECURE: CatalogProduct = {
  id: 'f-secure',
  name: 'F-Secure Total',
  vendor: 'F-Secure',
  builtIn: false,
  listedBecauseReceived: false,
  vendorDomains: ['f-secure.com'],
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: confirmed(true, AV_TEST_AWARDS_2025, 'F-Secure Total', REREAD) }),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({
    vpn: confirmed(true, F_SECURE_KB, 'Total'),
    'password-manager': confirmed(true, F_SECURE_KB, 'ID PROTECTION, in Total'),
    'identity-protection': confirmed(true, F_SECURE_KB, 'ID PROTECTION, in Total'),
  }),
  passwordImport: confirmed({ kind: 'kaspersky-txt' }, F_SECURE_KB, 'F-Secure ID PROTECTION'),
  labResults: [avTestAward2025('Best Usability', 'F-Secure Total')],
  vendorPage: confirmed('https://www.f-secure.com/', F_SECURE_KB),
  notices: [],
};

import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, lab, platforms, reported, UNKNOWN } from './fact-builders';
import {
  AV_COMPARATIVES_RWPT_2025,
  AV_COMPARATIVES_SUMMARY_2025,
  avComparativesRwpt2025,
  avComparativesSummary2025,
  avTestAward2025,
} from './lab-sources';

const BITDEFENDER_PRIVACY = 'https://bitdefender.com/en-ca/site/view/privacy-policy-bitdefender-customer-community';
/** Bitdefender Ultimate user guide (covers Windows, macOS, Android, iOS and the bundled features). */
const BITDEFENDER_ULTIMATE_GUIDE = 'https://fanyv88.com:443/https/www.scribd.com/document/846882499/Bitdefdener-Ultimate-En';

export const BITDEFENDER: CatalogProduct = {
  id: 'bitdefender',
  name: 'Bitdefender',
  vendor: 'Bitdefender',
  builtIn: false,
  listedBecauseReceived: false,
  company: confirmed('Bitdefender S.R.L.', BITDEFENDER_PRIVACY),
  headquarters: confirmed(['RO'], BITDEFENDER_PRIVACY),
  platforms: platforms({
    windows: confirmed(true, BITDEFENDER_ULTIMATE_GUIDE),
    mac: confirmed(true, BITDEFENDER_ULTIMATE_GUIDE),
    android: confirmed(true, BITDEFENDER_ULTIMATE_GUIDE),
    ios: confirmed(true, BITDEFENDER_ULTIMATE_GUIDE),
  }),
  freeTier: reported('full', 'https://russiacloud.ru/bitdefender.html', 'Bitdefender Antivirus Free Edition'),
  features: features({
    // "VPN (limited unless paid)".
    vpn: confirmed(true, BITDEFENDER_ULTIMATE_GUIDE, 'Ultimate; limited unless paid'),
    'password-manager': confirmed(true, BITDEFENDER_ULTIMATE_GUIDE, 'Ultimate'),
    'parental-control': confirmed(true, BITDEFENDER_ULTIMATE_GUIDE, 'Ultimate'),
    'identity-protection': confirmed(true, BITDEFENDER_ULTIMATE_GUIDE, 'Ultimate'),
  }),
  passwordImport: UNKNOWN,
  labResults: [
    avTestAward2025('Best Protection', 'Bitdefender Total Security'),
    avComparativesSummary2025('Top-Rated', 'Bitdefender'),
    avComparativesSummary2025('Gold, Advanced Threat Protection', 'Bitdefender'),
    avComparativesRwpt2025('Bitdefender Total Security'),
  ],
  vendorPage: confirmed('https://www.bitdefender.com/', BITDEFENDER_PRIVACY),
  notices: [],
};

const ESET_TERMS = 'https://help.eset.com/enterprise_services/en-US/terms_and_conditions.html';
const ESET_HOME_PROFILES = 'https://help.eset.com/home_eset/en-US/user_profiles.html';
/** PCMag review of ESET Internet Security, mirrored. */
const ESET_PCMAG = 'https://promo-sale.live/suites-2/86004/eset-internet-security';

export const ESET: CatalogProduct = {
  id: 'eset',
  name: 'ESET HOME Security',
  vendor: 'ESET',
  builtIn: false,
  listedBecauseReceived: false,
  company: confirmed('ESET spol. s r.o.', ESET_TERMS),
  headquarters: confirmed(['SK'], ESET_TERMS),
  // iOS is [UNCONFIRMED].
  platforms: platforms({
    windows: reported(true, ESET_PCMAG),
    mac: reported(true, ESET_PCMAG),
    android: reported(true, ESET_PCMAG),
  }),
  // "No [UNCONFIRMED; trial only]".
  freeTier: UNKNOWN,
  features: features({
    vpn: confirmed(true, ESET_HOME_PROFILES, 'ESET VPN, on eligible plans'),
    'password-manager': confirmed(true, ESET_HOME_PROFILES, 'ESET Password Manager, on eligible plans'),
  }),
  passwordImport: UNKNOWN,
  labResults: [
    avComparativesSummary2025('Top-Rated', 'ESET'),
    avComparativesSummary2025('Advanced+ in all 7 tests', 'ESET'),
    avComparativesSummary2025('Gold, Advanced Threat Protection', 'ESET'),
    avComparativesRwpt2025('ESET HOME Security Essential'),
  ],
  vendorPage: confirmed('https://www.eset.com/', ESET_HOME_PROFILES),
  notices: [],
};

export const G_DATA: CatalogProduct = {
  id: 'g-data',
  name: 'G DATA',
  vendor: 'G DATA',
  builtIn: false,
  listedBecauseReceived: false,
  // "G DATA CyberDefense, Bochum, Germany [UNCONFIRMED]".
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: reported(true, AV_COMPARATIVES_SUMMARY_2025, 'G DATA') }),
  freeTier: UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    avComparativesSummary2025('Top-Rated', 'G DATA'),
    avComparativesSummary2025('Silver, Malware Protection', 'G DATA'),
    avComparativesSummary2025('Silver, Advanced Threat Protection', 'G DATA'),
    avComparativesRwpt2025('G DATA Total Security'),
  ],
  vendorPage: UNKNOWN,
  notices: [],
};

/** Toolsranks, an aggregator the research rates low; used only where nothing better was found. */
const TOOLSRANKS = 'https://toolsranks.com/etudes/antivirus-lab-scores-2026.html';

export const MCAFEE: CatalogProduct = {
  id: 'mcafee',
  name: 'McAfee Total Protection',
  vendor: 'McAfee',
  builtIn: false,
  listedBecauseReceived: false,
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: reported(true, AV_COMPARATIVES_RWPT_2025, 'McAfee Total Protection') }),
  freeTier: UNKNOWN,
  features: features({
    vpn: reported(true, TOOLSRANKS),
    'password-manager': reported(true, TOOLSRANKS),
    'identity-protection': reported(true, TOOLSRANKS, 'identity monitoring on top plans'),
  }),
  passwordImport: UNKNOWN,
  labResults: [
    avTestAward2025('Best Performance', 'McAfee Total Protection'),
    avTestAward2025('Best Advanced Protection', 'McAfee Total Protection'),
    avTestAward2025('Best Usability', 'McAfee Total Protection'),
    avComparativesRwpt2025('McAfee Total Protection'),
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
  // "Tokyo, Japan [UNCONFIRMED]".
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: confirmed(true, TREND_AV_TEST, 'Trend Micro Internet Security 17.8') }),
  freeTier: UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    lab({
      lab: 'AV-TEST',
      test: 'Windows 10 test, November–December 2024',
      award: 'Certified; Protection 6.0 of 6, Performance 6.0 of 6',
      outcome: 'certified',
      date: '2024-12',
      edition: 'Trend Micro Internet Security 17.8',
      source: TREND_AV_TEST,
      confidence: 'confirmed',
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
  // "Helsinki, Finland [UNCONFIRMED]".
  company: UNKNOWN,
  headquarters: UNKNOWN,
  platforms: platforms({ windows: reported(true, AV_COMPARATIVES_RWPT_2025, 'F-Secure Internet Security') }),
  freeTier: UNKNOWN,
  features: features({
    vpn: confirmed(true, F_SECURE_KB, 'Total'),
    'password-manager': confirmed(true, F_SECURE_KB, 'ID PROTECTION, in Total'),
    'identity-protection': confirmed(true, F_SECURE_KB, 'ID PROTECTION, in Total'),
  }),
  passwordImport: confirmed({ kind: 'kaspersky-txt' }, F_SECURE_KB, 'F-Secure ID PROTECTION'),
  labResults: [avTestAward2025('Best Usability', 'F-Secure Total'), avComparativesRwpt2025('F-Secure Internet Security')],
  vendorPage: confirmed('https://www.f-secure.com/', F_SECURE_KB),
  notices: [],
};

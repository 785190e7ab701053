import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, freeTier, lab, platforms, PRICE_UNKNOWN, UNKNOWN } from './fact-builders';

/** Microsoft's own compatibility page (its docs repository): Defender is built into Windows 10/11 and re-enables itself. */
const MS_COMPATIBILITY =
  'https://raw.githubusercontent.com/MicrosoftDocs/defender-docs/public/defender-endpoint/microsoft-defender-antivirus-compatibility.md';

export const MICROSOFT_DEFENDER: CatalogProduct = {
  id: 'microsoft-defender',
  name: 'Microsoft Defender Antivirus',
  vendor: 'Microsoft',
  builtIn: true,
  listedBecauseReceived: false,
  vendorDomains: ['microsoft.com'],
  vendorRepos: ['github.com/MicrosoftDocs'],
  company: confirmed('Microsoft', MS_COMPATIBILITY),
  headquarters: UNKNOWN,
  platforms: platforms({ windows: confirmed(true, MS_COMPATIBILITY, 'Windows 10 and 11') }),
  freeTier: freeTier({ windows: confirmed('full', MS_COMPATIBILITY, 'built into Windows') }),
  // Built into Windows: there is no price to pay and nothing renews.
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    lab({
      lab: 'AV-TEST',
      platform: 'windows',
      test: 'Windows 11 test, March–April 2024',
      award: 'Protection 6.0 of 6, Performance 6.0 of 6',
      outcome: 'scored',
      date: '2024-04',
      edition: 'Microsoft Defender Antivirus (consumer) 4.18',
      source: 'https://www.av-test.org/en/antivirus/home-windows/windows-11/april-2024/microsoft-defender-antivirus-consumer-4.18-241213/',
    }),
  ],
  // Built in: nothing to download; the Choose step shows how to turn it on instead.
  vendorPage: UNKNOWN,
  notices: [],
};

import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, lab, platforms, UNKNOWN } from './fact-builders';
import { avComparativesRwpt2025 } from './lab-sources';

/** Microsoft's own compatibility page: Defender is built into Windows 10/11 and re-enables itself. */
const MS_COMPATIBILITY =
  'https://raw.githubusercontent.com/MicrosoftDocs/defender-docs/public/defender-endpoint/microsoft-defender-antivirus-compatibility.md';

export const MICROSOFT_DEFENDER: CatalogProduct = {
  id: 'microsoft-defender',
  name: 'Microsoft Defender Antivirus',
  vendor: 'Microsoft',
  builtIn: true,
  listedBecauseReceived: false,
  company: confirmed('Microsoft', MS_COMPATIBILITY),
  // Research: "Redmond WA, USA [UNCONFIRMED HQ]".
  headquarters: UNKNOWN,
  // The Defender apps for macOS/Android/iOS via Microsoft 365 are [UNCONFIRMED] in research.
  platforms: platforms({ windows: confirmed(true, MS_COMPATIBILITY, 'Windows 10 and 11') }),
  freeTier: confirmed('full', MS_COMPATIBILITY, 'built into Windows'),
  // "No VPN/PM in Windows [UNCONFIRMED]": stays unknown rather than a guessed "no".
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [
    lab({
      lab: 'AV-TEST',
      test: 'Windows 11 test, March–April 2024',
      award: 'Protection 6.0 of 6, Performance 6.0 of 6',
      outcome: 'scored',
      date: '2024-04',
      edition: 'Microsoft Defender Antivirus (consumer) 4.18',
      source:
        'https://www.av-test.org/en/antivirus/home-windows/windows-11/april-2024/microsoft-defender-antivirus-consumer-4.18-241213/',
      confidence: 'confirmed',
    }),
    avComparativesRwpt2025('Microsoft Defender'),
  ],
  // Built in: nothing to download; the Choose step shows how to turn it on instead.
  vendorPage: UNKNOWN,
  notices: [],
};

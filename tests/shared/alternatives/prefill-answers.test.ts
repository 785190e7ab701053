import { describe, expect, it } from 'vitest';
import { answersSchema, prefillAnswers } from '@shared/alternatives';
import type { DetectedProduct, ScanReport } from '@shared/contracts/scan-report';

function product(id: string, name: string, kind: DetectedProduct['kind'], vendor = 'Kaspersky'): DetectedProduct {
  return {
    id,
    vendor,
    name,
    version: null,
    kind,
    running: true,
    protection: 'unknown',
    signatures: 'unknown',
    evidence: [{ source: 'programs', value: name }],
    removal: { method: 'msi' },
  };
}

function report(platform: string, products: DetectedProduct[]): ScanReport {
  return { format: 'safeswitch-scan/1', os: { platform }, products, builtIn: null, warnings: [] };
}

const KTS = product('kaspersky-total-security', 'Kaspersky Total Security', 'suite');
const KVPN = product('kaspersky-vpn', 'Kaspersky VPN Secure Connection', 'vpn');
const KPM = product('kaspersky-password-manager', 'Kaspersky Password Manager', 'password-manager');
const SAFE_KIDS = product('kaspersky-safe-kids', 'Kaspersky Safe Kids', 'parental-control');

describe('prefillAnswers', () => {
  it.each([
    {
      name: 'Windows with Total Security, VPN and Password Manager',
      scan: report('win32', [KTS, KPM, KVPN]),
      devices: ['windows'],
      features: ['vpn', 'password-manager'],
    },
    {
      name: 'Mac with Safe Kids only',
      scan: report('darwin', [SAFE_KIDS]),
      devices: ['mac'],
      features: ['parental-control'],
    },
    { name: 'Linux: the Linux computer is ticked', scan: report('linux', [KTS]), devices: ['linux'], features: null },
    { name: 'Windows with the suite only: features left open', scan: report('win32', [KTS]), devices: ['windows'], features: null },
    {
      name: 'a VPN from another vendor is not a Kaspersky feature',
      scan: report('win32', [product('ultravpn', 'UltraVPN', 'vpn', 'Pango')]),
      devices: ['windows'],
      features: null,
    },
    {
      name: 'Kaspersky products detected as "other" are recognised by name',
      scan: report('win32', [
        product('k1', 'Kaspersky Secure Connection', 'other'),
        product('k2', 'Kaspersky Safe Kids', 'other'),
        product('k3', 'Kaspersky Password Manager', 'other'),
      ]),
      devices: ['windows'],
      features: ['vpn', 'password-manager', 'parental-control'],
    },
    {
      name: 'the same feature twice counts once, in the question order',
      scan: report('win32', [SAFE_KIDS, KVPN, product('kaspersky-vpn-2', 'Kaspersky VPN', 'vpn')]),
      devices: ['windows'],
      features: ['vpn', 'parental-control'],
    },
  ])('$name', ({ scan, devices, features }) => {
    const { answers } = prefillAnswers(scan);
    expect(answers).toEqual({ devices, budget: null, features, keepSimple: null });
    expect(answersSchema.parse(answers)).toEqual(answers);
  });

  it('says why each answer was pre-filled, naming the product found', () => {
    const { reasons } = prefillAnswers(report('win32', [KTS, KVPN, KPM]));
    expect(reasons).toEqual([
      { question: 'devices', device: 'windows', from: 'os', platform: 'win32' },
      { question: 'features', feature: 'vpn', from: 'product', productId: 'kaspersky-vpn', productName: 'Kaspersky VPN Secure Connection' },
      {
        question: 'features',
        feature: 'password-manager',
        from: 'product',
        productId: 'kaspersky-password-manager',
        productName: 'Kaspersky Password Manager',
      },
    ]);
  });

  it('never answers budget or "keep it simple" for the user', () => {
    const { answers } = prefillAnswers(report('win32', [KTS, KVPN, KPM, SAFE_KIDS]));
    expect(answers.budget).toBeNull();
    expect(answers.keepSimple).toBeNull();
  });
});

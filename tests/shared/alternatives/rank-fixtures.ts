import type {
  CatalogPlatform,
  CatalogProduct,
  Fact,
  Feature,
  FreeTier,
  LabOutcome,
  LabResult,
} from '@shared/alternatives';

/** Small synthetic products, so each ranking rule can be tested on its own. */
const SRC = 'https://example.org/source';
const CHECKED = '2026-11-22';

function known<T>(value: T): Fact<T> {
  return { known: true, value, source: SRC, checked: CHECKED, confidence: 'confirmed' };
}
const UNKNOWN = { known: false } as const;

function lab(outcome: LabOutcome, index: number, platform: CatalogPlatform = 'windows'): LabResult {
  return {
    lab: 'AV-TEST',
    platform,
    test: `Test ${index}`,
    award: outcome === 'tested' ? null : `Award ${index}`,
    outcome,
    date: '2025',
    edition: 'Edition',
    source: SRC,
    checked: CHECKED,
    confidence: 'confirmed',
  };
}

export interface SyntheticSpec {
  readonly id: string;
  readonly name?: string;
  readonly builtIn?: boolean;
  readonly received?: boolean;
  /** true/false = known; absent = unknown. */
  readonly platforms?: Partial<Record<CatalogPlatform, boolean>>;
  /** The free version on every computer platform, or (freeOn) per platform. */
  readonly free?: FreeTier;
  readonly freeOn?: Partial<Record<'windows' | 'mac' | 'linux', FreeTier>>;
  /** The platform the synthetic lab results were on (Windows unless said). */
  readonly labPlatform?: CatalogPlatform;
  readonly features?: Partial<Record<Feature, boolean>>;
  readonly labs?: readonly LabOutcome[];
  readonly importsKaspersky?: boolean;
}

export function synthetic(spec: SyntheticSpec): CatalogProduct {
  const platform = (p: CatalogPlatform): Fact<boolean> =>
    spec.platforms?.[p] === undefined ? UNKNOWN : known(spec.platforms[p]!);
  const feature = (f: Feature): Fact<boolean> => (spec.features?.[f] === undefined ? UNKNOWN : known(spec.features[f]!));
  return {
    id: spec.id,
    name: spec.name ?? spec.id,
    vendor: spec.name ?? spec.id,
    builtIn: spec.builtIn ?? false,
    listedBecauseReceived: spec.received ?? false,
    company: UNKNOWN,
    headquarters: UNKNOWN,
    platforms: {
      windows: platform('windows'),
      mac: platform('mac'),
      android: platform('android'),
      ios: platform('ios'),
      linux: platform('linux'),
    },
    vendorDomains: ['example.org'],
    freeTier: {
      // `free` alone states it for every computer; `freeOn` for one platform only.
      windows: spec.freeOn ? (spec.freeOn.windows !== undefined ? known(spec.freeOn.windows) : UNKNOWN) : spec.free === undefined ? UNKNOWN : known(spec.free),
      mac: spec.freeOn ? (spec.freeOn.mac !== undefined ? known(spec.freeOn.mac) : UNKNOWN) : spec.free === undefined ? UNKNOWN : known(spec.free),
      linux: spec.freeOn ? (spec.freeOn.linux !== undefined ? known(spec.freeOn.linux) : UNKNOWN) : spec.free === undefined ? UNKNOWN : known(spec.free),
    },
    price: { firstYear: UNKNOWN, renewal: UNKNOWN },
    features: {
      vpn: feature('vpn'),
      'password-manager': feature('password-manager'),
      'parental-control': feature('parental-control'),
      'identity-protection': feature('identity-protection'),
    },
    passwordImport: spec.importsKaspersky ? known({ kind: 'kaspersky-txt' as const }) : UNKNOWN,
    labResults: (spec.labs ?? ['tested']).map((o, i) => lab(o, i, spec.labPlatform ?? 'windows')),
    vendorPage: UNKNOWN,
    notices: [],
  };
}

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

function lab(outcome: LabOutcome, index: number): LabResult {
  return {
    lab: 'AV-TEST',
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
  readonly free?: FreeTier;
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
    freeTier: spec.free === undefined ? UNKNOWN : known(spec.free),
    features: {
      vpn: feature('vpn'),
      'password-manager': feature('password-manager'),
      'parental-control': feature('parental-control'),
      'identity-protection': feature('identity-protection'),
    },
    passwordImport: spec.importsKaspersky ? known({ kind: 'kaspersky-txt' as const }) : UNKNOWN,
    labResults: (spec.labs ?? ['tested']).map(lab),
    vendorPage: UNKNOWN,
    notices: [],
  };
}

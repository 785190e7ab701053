import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  CATALOG_PLATFORMS,
  catalogAge,
  checkedDates,
  CSV_FORMATS,
  FEATURES,
  type CatalogProduct,
  type Fact,
} from '@shared/alternatives';

const REQUIRED_PRODUCTS = [
  'Microsoft Defender',
  'Bitdefender',
  'Norton 360',
  'ESET',
  'Avast',
  'AVG',
  'Avira',
  'McAfee',
  'Trend Micro',
  'F-Secure',
  'G DATA',
  'Malwarebytes',
  'Sophos Home',
  'Webroot',
  'Panda Dome',
  'TotalAV',
  'UltraAV',
];

/** Every fact of a product with a label for failure messages. */
function factsOf(product: CatalogProduct): Array<[string, Fact<unknown>]> {
  return [
    ['company', product.company],
    ['headquarters', product.headquarters],
    ['freeTier', product.freeTier],
    ['passwordImport', product.passwordImport],
    ['vendorPage', product.vendorPage],
    ...CATALOG_PLATFORMS.map((p): [string, Fact<unknown>] => [`platforms.${p}`, product.platforms[p]]),
    ...FEATURES.map((f): [string, Fact<unknown>] => [`features.${f}`, product.features[f]]),
  ];
}

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && !text.includes('...') && !/\s/.test(text);
  } catch {
    return false;
  }
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

// Every source in the catalog must appear in the research notes: the catalog adds no source of its own.
const RESEARCH = ['migration.md', 'detection.md']
  .map((name) => {
    try {
      return readFileSync(join(__dirname, '../../../../shared/research', name), 'utf8');
    } catch {
      return null;
    }
  })
  .filter((text): text is string => text !== null)
  .join('\n');

describe('the catalog', () => {
  it('lists at least 16 products, every one the issue names, with unique kebab-case ids', () => {
    expect(CATALOG.products.length).toBeGreaterThanOrEqual(16);
    for (const name of REQUIRED_PRODUCTS) {
      expect(CATALOG.products.some((p) => p.name.includes(name)), name).toBe(true);
    }
    const ids = CATALOG.products.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(CATALOG.products.map((p) => [p.id, p] as const))(
    '%s: every known fact has an https source, a real checked date and a value of the right shape',
    (_id, product) => {
      for (const [label, fact] of factsOf(product)) {
        if (!fact.known) {
          // Unknown is explicitly unknown: no value, no source smuggled in.
          expect(Object.keys(fact), label).toEqual(['known']);
          continue;
        }
        expect(isHttpsUrl(fact.source), `${label} source ${fact.source}`).toBe(true);
        expect(isCalendarDate(fact.checked), `${label} checked ${fact.checked}`).toBe(true);
        expect(['confirmed', 'third-party'], label).toContain(fact.confidence);
        if (fact.edition !== undefined) expect(fact.edition.trim(), label).not.toBe('');
      }
      for (const platform of CATALOG_PLATFORMS) {
        const fact = product.platforms[platform];
        if (fact.known) expect(typeof fact.value).toBe('boolean');
      }
      for (const feature of FEATURES) {
        const fact = product.features[feature];
        if (fact.known) expect(typeof fact.value).toBe('boolean');
      }
      if (product.freeTier.known) expect(['full', 'scan-only', 'none']).toContain(product.freeTier.value);
      if (product.headquarters.known) {
        expect(product.headquarters.value.length).toBeGreaterThan(0);
        for (const code of product.headquarters.value) expect(code).toMatch(/^[A-Z]{2}$/);
      }
      if (product.passwordImport.known) {
        const value = product.passwordImport.value;
        if (value.kind === 'csv') expect(CSV_FORMATS).toContain(value.format);
        else expect(value.kind).toBe('kaspersky-txt');
      }
    },
  );

  it.each(CATALOG.products.map((p) => [p.id, p] as const))(
    '%s: lab results are award/test + date + source, never a bare score',
    (_id, product) => {
      for (const result of product.labResults) {
        expect(['AV-TEST', 'AV-Comparatives', 'AVLab']).toContain(result.lab);
        expect(result.test.trim()).not.toBe('');
        expect(result.edition.trim()).not.toBe('');
        expect(result.date).toMatch(/^\d{4}(-\d{2})?$/);
        expect(isHttpsUrl(result.source), result.source).toBe(true);
        expect(isCalendarDate(result.checked)).toBe(true);
        if (result.outcome === 'tested') expect(result.award).toBeNull();
        else {
          expect(result.award?.trim()).toBeTruthy();
          // A number alone ("95", "9.5") would be a made-up single score.
          expect(result.award).not.toMatch(/^[\d.,\s%/]+$/);
        }
        // Test names do not repeat the lab's name ("AV-TEST AV-TEST …").
        expect(result.test.startsWith(result.lab)).toBe(false);
      }
      for (const notice of product.notices) {
        expect(isHttpsUrl(notice.source), notice.source).toBe(true);
        expect(isCalendarDate(notice.checked)).toBe(true);
      }
    },
  );

  it('vendor pages are https home pages on distinct hosts, so the allowlist maps one host to one product', () => {
    const hosts = new Map<string, string>();
    for (const product of CATALOG.products) {
      if (!product.vendorPage.known) continue;
      const url = new URL(product.vendorPage.value);
      expect(url.protocol).toBe('https:');
      expect(url.pathname).toBe('/');
      expect(url.search + url.hash + url.username + url.port).toBe('');
      expect(hosts.has(url.hostname), url.hostname).toBe(false);
      hosts.set(url.hostname, product.id);
    }
    expect(hosts.size).toBeGreaterThan(0);
  });

  // The research notes live beside the repository (/work/shared/research); skipped where they are absent.
  it.skipIf(RESEARCH === '')('takes every source from the research notes (no source of its own)', () => {
    const sources = new Set<string>();
    for (const product of CATALOG.products) {
      for (const [, fact] of factsOf(product)) if (fact.known) sources.add(fact.source);
      for (const result of product.labResults) sources.add(result.source);
      for (const notice of product.notices) sources.add(notice.source);
    }
    // A GitHub repository is cited in the notes by its owner/name.
    const cited = (url: string): boolean =>
      RESEARCH.includes(url.replace(/^https:\/\//, '')) ||
      RESEARCH.includes(url.replace(/^https:\/\/github\.com\//, '`').concat('`'));
    const missing = [...sources].filter((url) => !cited(url));
    expect(missing).toEqual([]);
  });

  it('has Microsoft Defender as the one built-in product, on Windows and free', () => {
    const builtIn = CATALOG.products.filter((p) => p.builtIn);
    expect(builtIn.map((p) => p.id)).toEqual(['microsoft-defender']);
    const defender = builtIn[0]!;
    expect(defender.platforms.windows).toMatchObject({ known: true, value: true });
    expect(defender.freeTier).toMatchObject({ known: true, value: 'full' });
  });

  it('lists UltraAV for people who received it, with the facts: no lab record, installed without consent', () => {
    const ultra = CATALOG.products.find((p) => p.id === 'ultraav');
    expect(ultra).toBeDefined();
    expect(ultra!.listedBecauseReceived).toBe(true);
    expect(ultra!.labResults).toEqual([]);
    const notices = ultra!.notices.map((n) => n.code);
    expect(notices).toContain('no-independent-lab-record');
    expect(notices).toContain('installed-without-consent');
    expect(ultra!.company).toMatchObject({ known: true, value: expect.stringContaining('Anchorfree') });
  });

  it('keeps facts the research marked unconfirmed as unknown (spot checks)', () => {
    const byId = new Map(CATALOG.products.map((p) => [p.id, p]));
    // "McAfee, San Jose CA, USA [UNCONFIRMED]", "Trend Micro, Tokyo, Japan [UNCONFIRMED]".
    expect(byId.get('mcafee')!.headquarters.known).toBe(false);
    expect(byId.get('trend-micro')!.headquarters.known).toBe(false);
    // "ESET … iOS [UNCONFIRMED]", "Free tier: No [UNCONFIRMED; trial only]".
    expect(byId.get('eset')!.platforms.ios.known).toBe(false);
    expect(byId.get('eset')!.freeTier.known).toBe(false);
    // "No VPN/PM in Windows [UNCONFIRMED]": not a guessed "no".
    expect(byId.get('microsoft-defender')!.features.vpn.known).toBe(false);
    // No consumer product's Linux support is in the research.
    for (const product of CATALOG.products) expect(product.platforms.linux.known, product.id).toBe(false);
  });

  it('says how F-Secure takes the Kaspersky password export (its own KB)', () => {
    const fsecure = CATALOG.products.find((p) => p.id === 'f-secure')!;
    expect(fsecure.passwordImport).toMatchObject({ known: true, value: { kind: 'kaspersky-txt' } });
  });
});

describe('catalogAge', () => {
  it('spans the newest and oldest checked date of the shipped catalog', () => {
    const dates = CATALOG.products.flatMap(checkedDates).sort();
    expect(catalogAge(CATALOG)).toEqual({ oldest: dates[0], newest: dates[dates.length - 1] });
  });

  it('finds the spread across facts, lab results and notices', () => {
    const base = CATALOG.products.find((p) => p.id === 'ultraav')!;
    const older = {
      ...base,
      id: 'older',
      notices: [{ ...base.notices[0]!, checked: '2025-01-31' }],
    };
    const newer = {
      ...base,
      id: 'newer',
      company: { known: true as const, value: 'X', source: 'https://example.org/', checked: '2027-03-01', confidence: 'confirmed' as const },
    };
    expect(catalogAge({ products: [base, older, newer] })).toEqual({ oldest: '2025-01-31', newest: '2027-03-01' });
  });

  it('is null for a catalog without a single known fact', () => {
    expect(catalogAge({ products: [] })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  CATALOG_PLATFORMS,
  catalogAge,
  checkedDates,
  COMPUTER_PLATFORMS,
  CSV_FORMATS,
  factSlots,
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
  return factSlots(product).map(({ key, fact }) => [key, fact]);
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
        expect(fact.confidence, label).toBe('confirmed');
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
      for (const platform of COMPUTER_PLATFORMS) {
        const free = product.freeTier[platform];
        if (free.known) expect(['full', 'scan-only', 'none']).toContain(free.value);
      }
      for (const price of [product.price.firstYear, product.price.renewal]) {
        if (price.known) {
          expect(price.value.usd).toBeGreaterThan(0);
          expect(price.value.plan.trim()).not.toBe('');
        }
      }
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
        expect(CATALOG_PLATFORMS).toContain(result.platform);
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

  it('has the built-in protection of each system: Microsoft Defender on Windows, XProtect on a Mac, none on Linux', () => {
    const builtIn = CATALOG.products.filter((p) => p.builtIn);
    expect(builtIn.map((p) => p.id).sort()).toEqual(['microsoft-defender', 'xprotect']);
    const byId = new Map(builtIn.map((p) => [p.id, p]));
    expect(byId.get('microsoft-defender')!.platforms.windows).toMatchObject({ known: true, value: true });
    expect(byId.get('microsoft-defender')!.freeTier.windows).toMatchObject({ known: true, value: 'full' });
    expect(byId.get('xprotect')!.platforms.mac).toMatchObject({ known: true, value: true, source: expect.stringMatching(/^https:\/\/support\.apple\.com\//) });
    expect(byId.get('xprotect')!.freeTier.mac).toMatchObject({ known: true, value: 'full' });
    for (const p of builtIn) expect(p.platforms.linux.known).toBe(false);
  });

  it('has ClamAV and ClamTk for Linux, from their own repositories', () => {
    const byId = new Map(CATALOG.products.map((p) => [p.id, p]));
    expect(byId.get('clamav')!.platforms.linux).toMatchObject({ known: true, value: true });
    expect(byId.get('clamav')!.freeTier.linux).toMatchObject({ known: true, value: 'full' });
    expect(byId.get('clamtk')!.freeTier.linux).toMatchObject({ known: true, value: 'scan-only' });
    expect(byId.get('clamtk')!.freeTier.windows.known).toBe(false);
  });

  it('lists UltraAV for people who received it, with no lab record and no fact from news or forums', () => {
    const ultra = CATALOG.products.find((p) => p.id === 'ultraav');
    expect(ultra).toBeDefined();
    expect(ultra!.listedBecauseReceived).toBe(true);
    expect(ultra!.labResults).toEqual([]);
    expect(ultra!.notices).toEqual([]);
    expect(ultra!.vendor).toBe('Pango Group');
    expect(ultra!.company).toMatchObject({ known: true, value: expect.stringContaining('Anchorfree') });
  });

  it('keeps what no primary source states unknown (spot checks)', () => {
    const byId = new Map(CATALOG.products.map((p) => [p.id, p]));
    expect(byId.get('mcafee')!.headquarters.known).toBe(false);
    expect(byId.get('eset')!.platforms.ios.known).toBe(false);
    expect(byId.get('eset')!.freeTier.windows.known).toBe(false);
    expect(byId.get('microsoft-defender')!.features.vpn.known).toBe(false);
    // Prices were read on no vendor page: every one is unknown, never guessed.
    for (const product of CATALOG.products) {
      expect(product.price.firstYear.known, product.id).toBe(false);
      expect(product.price.renewal.known, product.id).toBe(false);
    }
    // A free version is known only where a primary source states it for that platform.
    const freeWhere = CATALOG.products.flatMap((p) => COMPUTER_PLATFORMS.filter((pl) => p.freeTier[pl].known).map((pl) => `${p.id}@${pl}`));
    expect(freeWhere.sort()).toEqual(['clamav@linux', 'clamtk@linux', 'microsoft-defender@windows', 'xprotect@mac']);
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
      notices: [{ code: 'hard-to-remove' as const, source: 'https://ultrasecureav.com/x', checked: '2025-01-31', confidence: 'confirmed' as const }],
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, catalogSummary } from '@shared/alternatives';
import { citedSources, primarySourceKind } from '@shared/alternatives/source-hosts';

/** The hosts issue 10 found cited; none may come back. */
const NEVER = ['fanyv88.com', 'promo-sale.live', 'foxtrue463.netlify.app', 'several.com', 'craftsmeet.com', 'cynmackley.com', 'bestwebdownloads.com', 'hubbry.com', 'russiacloud.ru', 'malwaretips.com', 'betanews.com', 'toolsranks.com', 'paravirus.com', 'techradar.com', 'helpnetsecurity.com', 'incyber.org'];

describe('every fact comes from its primary source (issue 10)', () => {
  it.each(CATALOG.products.map((p) => [p.id, p] as const))('%s: every cited host is the vendor’s, a lab’s, a government’s or the vendor’s repository', (_id, product) => {
    expect(product.vendorDomains.length, 'each entry lists its vendor domains').toBeGreaterThan(0);
    const bad = citedSources(product).filter((s) => primarySourceKind(s.url, product) === null);
    expect(bad).toEqual([]);
  });

  it('lab results cite a lab, and a vendor page is on the vendor’s own domain', () => {
    for (const product of CATALOG.products) {
      for (const r of product.labResults) expect(primarySourceKind(r.source, product), `${product.id} ${r.test}`).toBe('lab');
      if (product.vendorPage.known) expect(primarySourceKind(product.vendorPage.value, product), product.id).toBe('vendor');
    }
  });

  it('cites none of the hosts the review found', () => {
    const hosts = CATALOG.products.flatMap((p) => citedSources(p).map((s) => new URL(s.url).hostname.replace(/^www\./, '')));
    for (const host of NEVER) expect(hosts).not.toContain(host);
  });

  it('refuses lookalikes, other vendors, plain http and other people’s repositories', () => {
    const product = CATALOG.products.find((p) => p.id === 'bitdefender')!;
    const defender = CATALOG.products.find((p) => p.id === 'microsoft-defender')!;
    expect(primarySourceKind('https://www.bitdefender.com/x', product)).toBe('vendor');
    expect(primarySourceKind('https://bitdefender.com.evil.example/x', product)).toBeNull();
    expect(primarySourceKind('https://notbitdefender.com/x', product)).toBeNull();
    expect(primarySourceKind('http://www.bitdefender.com/x', product)).toBeNull();
    expect(primarySourceKind('https://www.eset.com/', product)).toBeNull();
    expect(primarySourceKind('https://www.av-test.org/en/x', product)).toBe('lab');
    expect(primarySourceKind('https://oicts.bis.gov/kaspersky/', product)).toBe('government');
    expect(primarySourceKind('https://raw.githubusercontent.com/MicrosoftDocs/defender-docs/x.md', defender)).toBe('vendor-repository');
    expect(primarySourceKind('https://github.com/someone/defender-docs', defender)).toBeNull();
    expect(primarySourceKind('https://user:pw@www.bitdefender.com/', product)).toBeNull();
    expect(primarySourceKind('not a url', product)).toBeNull();
  });

  it('the README states how many facts are known and unknown, and how old they are', () => {
    const s = catalogSummary(CATALOG);
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const line = `${s.products} products, ${s.knownFacts} facts known and ${s.unknownFacts} not known, ${s.labResults} lab results; facts read between ${s.age?.oldest} and ${s.age?.newest}`;
    expect(readme).toContain(line);
  });
});

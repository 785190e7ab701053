import type { CatalogProduct } from './catalog-types';

/**
 * Who may be a source (design.md, issue 10): the product's vendor (its own domains and code
 * repositories), an independent test lab, or a government. Nothing else: no review, news site,
 * forum, mirror, encyclopedia or coupon page.
 */
export const LAB_DOMAINS: readonly string[] = ['av-test.org', 'av-comparatives.org', 'selabs.uk', 'avlab.pl', 'mrg-effitas.com', 'virusbulletin.com'];

const onDomain = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

export type SourceKind = 'vendor' | 'vendor-repository' | 'lab' | 'government';

/** What kind of primary source a URL is for this product, or null when it is none. */
export function primarySourceKind(url: string, product: CatalogProduct): SourceKind | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
  const host = parsed.hostname.toLowerCase();
  if (product.vendorDomains.some((d) => onDomain(host, d.toLowerCase()))) return 'vendor';
  if (LAB_DOMAINS.some((d) => onDomain(host, d))) return 'lab';
  if (host.endsWith('.gov')) return 'government';
  const owner = parsed.pathname.split('/')[1]?.toLowerCase() ?? '';
  const repos = (product.vendorRepos ?? []).map((r) => r.toLowerCase());
  if ((host === 'github.com' || host === 'raw.githubusercontent.com') && repos.includes(`github.com/${owner}`)) return 'vendor-repository';
  return null;
}

/** Every URL a product's facts, lab results and notices cite, with where it is cited. */
export function citedSources(product: CatalogProduct): { readonly where: string; readonly url: string }[] {
  const out: { where: string; url: string }[] = [];
  const fact = (where: string, f: { known: boolean; source?: string }) => {
    if (f.known && f.source) out.push({ where, url: f.source });
  };
  fact('company', product.company);
  fact('headquarters', product.headquarters);
  for (const [k, f] of Object.entries(product.platforms)) fact(`platform.${k}`, f);
  for (const [k, f] of Object.entries(product.freeTier)) fact(`free.${k}`, f);
  fact('price.firstYear', product.price.firstYear);
  fact('price.renewal', product.price.renewal);
  for (const [k, f] of Object.entries(product.features)) fact(`feature.${k}`, f);
  fact('passwordImport', product.passwordImport);
  fact('vendorPage', product.vendorPage);
  if (product.vendorPage.known) out.push({ where: 'vendorPage.value', url: product.vendorPage.value });
  for (const r of product.labResults) out.push({ where: `lab ${r.lab} ${r.test}`, url: r.source });
  for (const n of product.notices) out.push({ where: `notice ${n.code}`, url: n.source });
  return out;
}

import type { Catalog } from './catalog-types';

/** Why a URL may not be opened. The UI translates the reason; nothing is opened on any of them. */
export type VendorUrlRefusal = 'not-a-url' | 'not-https' | 'has-credentials' | 'has-port' | 'host-not-allowed';

export type VendorUrlCheck =
  | { readonly ok: true; readonly url: string; readonly productId: string }
  | { readonly ok: false; readonly reason: VendorUrlRefusal };

// Longer than any vendor page we list; refusing early keeps hostile input cheap.
const MAX_URL_LENGTH = 2048;

/** Hosts of the catalog's known vendor pages, lower-case. This is the whole allowlist. */
export function allowedVendorHosts(catalog: Catalog): ReadonlyMap<string, string> {
  const hosts = new Map<string, string>();
  for (const product of catalog.products) {
    if (!product.vendorPage.known) continue;
    const parsed = parseUrl(product.vendorPage.value);
    if (parsed && !hosts.has(parsed.hostname)) hosts.set(parsed.hostname, product.id);
  }
  return hosts;
}

/**
 * Checks a URL before main hands it to the OS browser: https only, no user:password@, no explicit
 * port, and the host exactly equal to a catalog vendor page's host (no subdomain or suffix tricks).
 * Returns the normalised URL to open.
 */
export function checkVendorUrl(url: string, catalog: Catalog): VendorUrlCheck {
  // Control characters and spaces are never part of a vendor link; the URL parser would strip some.
  if (url.length === 0 || url.length > MAX_URL_LENGTH || /[\s\u0000-\u001f\u007f\\]/.test(url)) {
    return { ok: false, reason: 'not-a-url' };
  }
  const parsed = parseUrl(url);
  if (!parsed) return { ok: false, reason: 'not-a-url' };
  if (parsed.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: 'has-credentials' };
  if (parsed.port !== '') return { ok: false, reason: 'has-port' };
  const productId = allowedVendorHosts(catalog).get(parsed.hostname);
  if (productId === undefined) return { ok: false, reason: 'host-not-allowed' };
  return { ok: true, url: parsed.href, productId };
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

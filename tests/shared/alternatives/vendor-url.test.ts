import { describe, expect, it } from 'vitest';
import { allowedVendorHosts, CATALOG, checkVendorUrl, type Catalog } from '@shared/alternatives';

const NO_PAGES: Catalog = {
  products: CATALOG.products.map((p) => ({ ...p, vendorPage: { known: false } as const })),
};

describe('checkVendorUrl', () => {
  it('accepts every vendor page of the catalog as it stands, naming its product', () => {
    for (const product of CATALOG.products) {
      if (!product.vendorPage.known) continue;
      expect(checkVendorUrl(product.vendorPage.value, CATALOG)).toEqual({
        ok: true,
        url: product.vendorPage.value,
        productId: product.id,
      });
    }
  });

  it('accepts a deeper page on an allowed host and returns the normalised URL', () => {
    expect(checkVendorUrl('HTTPS://WWW.Bitdefender.COM/solutions/?a=1#x', CATALOG)).toEqual({
      ok: true,
      url: 'https://www.bitdefender.com/solutions/?a=1#x',
      productId: 'bitdefender',
    });
  });

  it.each([
    ['http://www.bitdefender.com/', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['file:///C:/Windows/System32/calc.exe', 'not-https'],
    ['data:text/html,<script>alert(1)</script>', 'not-https'],
    ['ftp://www.bitdefender.com/', 'not-https'],
    ['https://user:pw@www.bitdefender.com/', 'has-credentials'],
    ['https://www.bitdefender.com@evil.example/', 'has-credentials'],
    ['https://www.bitdefender.com:8443/', 'has-port'],
    ['https://www.bitdefender.com.evil.example/', 'host-not-allowed'],
    ['https://evil.example/?u=https://www.bitdefender.com/', 'host-not-allowed'],
    ['https://bitdefender.com/', 'host-not-allowed'],
    ['https://download.bitdefender.com/', 'host-not-allowed'],
    ['https://www.bitdefender.com./', 'host-not-allowed'],
    // Cyrillic "е" in the host: a look-alike becomes xn--… and is not on the list.
    ['https://www.bitdefеnder.com/', 'host-not-allowed'],
    ['https://127.0.0.1/', 'host-not-allowed'],
    ['', 'not-a-url'],
    ['www.bitdefender.com', 'not-a-url'],
    [' https://www.bitdefender.com/', 'not-a-url'],
    ['https://www.bitdefender.com/\n', 'not-a-url'],
    ['https://www.bitdefender.com/\u0000', 'not-a-url'],
    ['https:\\\\www.bitdefender.com\\', 'not-a-url'],
    [`https://www.bitdefender.com/${'a'.repeat(3000)}`, 'not-a-url'],
  ])('refuses %j (%s)', (url, reason) => {
    expect(checkVendorUrl(url, CATALOG)).toEqual({ ok: false, reason });
  });

  it('allows nothing when the catalog knows no vendor page', () => {
    expect(allowedVendorHosts(NO_PAGES).size).toBe(0);
    expect(checkVendorUrl('https://www.bitdefender.com/', NO_PAGES)).toEqual({ ok: false, reason: 'host-not-allowed' });
  });

  it('builds the allowlist only from known vendor pages', () => {
    const hosts = allowedVendorHosts(CATALOG);
    const known = CATALOG.products.filter((p) => p.vendorPage.known).length;
    expect(hosts.size).toBe(known);
    expect(hosts.get('www.bitdefender.com')).toBe('bitdefender');
    expect(hosts.get('ultrasecureav.com')).toBe('ultraav');
  });
});

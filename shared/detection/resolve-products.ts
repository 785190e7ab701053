import type { ComponentFamily, ProductSignature } from './catalog/signature-types';
import type { Hit } from './collect-hits';
import type { SignatureIndex } from './signature-index';

/** All hits of one product, merged: one report entry per product. */
export interface ProductHits {
  readonly product: ProductSignature;
  readonly hits: Hit[];
}

/**
 * Turns hits into products. Naming hits (a display name, a package, an install folder) decide
 * which products exist; component hits (avp.exe, service AVP21.20, klif.sys) join the named
 * product of their family; a family with components but no named product gets its default
 * product, or its leftovers entry when only traces (certificate, extension) remain. Binaries
 * several vendors share join a product only when exactly one candidate vendor was found —
 * otherwise nothing can tell Avast from AVG from Norton, and a wrong vendor is worse than none.
 */
export function resolveProducts(hits: readonly Hit[], index: SignatureIndex): ProductHits[] {
  const byProduct = new Map<string, ProductHits>();
  const add = (product: ProductSignature, hit: Hit): void => {
    let entry = byProduct.get(product.id);
    if (!entry) {
      entry = { product, hits: [] };
      byProduct.set(product.id, entry);
    }
    entry.hits.push(hit);
  };

  const familyHits = new Map<ComponentFamily, Hit[]>();
  const sharedHits: Hit[] = [];
  const toFamily = (family: ComponentFamily, hit: Hit): void => {
    const list = familyHits.get(family) ?? [];
    list.push(hit);
    familyHits.set(family, list);
  };

  for (const hit of hits) {
    const target = hit.target;
    if (target.kind === 'product') {
      // A name that only says "Kaspersky" is its family's default: it joins a named sibling if any.
      const family = familyDefaultOf(target.product, index);
      if (family) toFamily(family, hit);
      else add(target.product, hit);
    } else if (target.kind === 'family') toFamily(target.family, hit);
    else sharedHits.push(hit);
  }

  for (const [family, list] of familyHits) {
    const named = namedMember(family, byProduct, index);
    if (named) {
      for (const hit of list) add(named, hit);
      continue;
    }
    const onlyTraces = list.every((h) => h.trace === true);
    const id = onlyTraces && family.leftoverProduct ? family.leftoverProduct : family.defaultProduct;
    const standIn = index.productById.get(id);
    if (standIn) for (const hit of list) add(standIn, hit);
  }

  for (const hit of sharedHits) {
    if (hit.target.kind !== 'shared') continue;
    const families = new Set(hit.target.group.families);
    const candidates = [...byProduct.values()].filter((p) => p.product.family && families.has(p.product.family));
    if (candidates.length === 1 && candidates[0]) candidates[0].hits.push(hit);
  }

  const order = (p: ProductHits): number => index.productOrder.get(p.product.id) ?? index.catalog.products.length;
  return [...byProduct.values()].sort((a, b) => order(a) - order(b));
}

function familyDefaultOf(product: ProductSignature, index: SignatureIndex): ComponentFamily | null {
  if (!product.family) return null;
  const family = index.familyById.get(product.family);
  return family && family.defaultProduct === product.id ? family : null;
}

/** The first product of this family (catalog order) that a naming hit found, besides the default. */
function namedMember(
  family: ComponentFamily,
  byProduct: ReadonlyMap<string, ProductHits>,
  index: SignatureIndex,
): ProductSignature | null {
  let best: ProductSignature | null = null;
  let bestOrder = Number.POSITIVE_INFINITY;
  for (const { product } of byProduct.values()) {
    if (product.family !== family.id || product.id === family.defaultProduct) continue;
    const order = index.productOrder.get(product.id) ?? Number.POSITIVE_INFINITY;
    if (order < bestOrder) {
      best = product;
      bestOrder = order;
    }
  }
  return best;
}

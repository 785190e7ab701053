import type { Catalog, ComponentFamily, ProductSignature, SharedComponentGroup } from './catalog/signature-types';

/** Where a component name points: one vendor family, or a group shared by several vendors. */
export type ComponentTarget =
  | { readonly kind: 'family'; readonly family: ComponentFamily }
  | { readonly kind: 'shared'; readonly group: SharedComponentGroup };

/**
 * The catalog turned into look-up maps, built once. Matching an inventory is then one map
 * look-up per entry (plus one combined regular expression for install folders and one for service
 * display names), never a loop over every signature: 20,000 entries stay within a few milliseconds.
 */
export interface SignatureIndex {
  readonly catalog: Catalog;
  readonly productById: ReadonlyMap<string, ProductSignature>;
  readonly familyById: ReadonlyMap<string, ComponentFamily>;
  /** Catalog position, to list products in a stable order (Kaspersky first). */
  readonly productOrder: ReadonlyMap<string, number>;
  readonly byKeyword: ReadonlyMap<string, readonly ProductSignature[]>;
  readonly processes: ReadonlyMap<string, ComponentTarget>;
  readonly services: ReadonlyMap<string, ComponentFamily>;
  readonly servicePatterns: readonly { readonly pattern: RegExp; readonly family: ComponentFamily }[];
  readonly serviceDisplayAny: RegExp | null;
  readonly serviceDisplayPatterns: readonly { readonly pattern: RegExp; readonly family: ComponentFamily }[];
  readonly drivers: ReadonlyMap<string, ComponentTarget>;
  readonly units: ReadonlyMap<string, ComponentFamily>;
  readonly launchdLabels: ReadonlyMap<string, ComponentFamily>;
  readonly certificatePatterns: readonly { readonly pattern: RegExp; readonly family: ComponentFamily }[];
  readonly extensions: ReadonlyMap<string, ComponentFamily>;
  readonly bundleIds: ReadonlyMap<string, ProductSignature>;
  readonly packages: ReadonlyMap<string, ProductSignature>;
  /** Install-folder fragments by their first folder name, longest fragment first. */
  readonly pathFragments: ReadonlyMap<string, readonly { readonly fragment: string; readonly product: ProductSignature }[]>;
}

/** Words of a display name in any script, lower-case, hyphens kept ("F-Secure"), for the keyword index. */
export function nameTokens(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((t) => t.length > 0);
}

/** Paths compare lower-case with forward slashes, so one fragment list serves every OS. */
export function normalisePath(path: string): string {
  const lowered = path.toLowerCase();
  return lowered.includes('\\') ? lowered.replace(/\\/g, '/') : lowered;
}

function put<V>(map: Map<string, V>, key: string, value: V): void {
  // First writer wins: catalog order decides, and a duplicate never silently moves a name.
  if (!map.has(key)) map.set(key, value);
}

function anyOf(patterns: readonly RegExp[]): RegExp | null {
  if (patterns.length === 0) return null;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'i');
}

export function buildSignatureIndex(catalog: Catalog): SignatureIndex {
  const productById = new Map<string, ProductSignature>();
  const productOrder = new Map<string, number>();
  const byKeyword = new Map<string, ProductSignature[]>();
  const bundleIds = new Map<string, ProductSignature>();
  const packages = new Map<string, ProductSignature>();
  const pathFragments = new Map<string, ProductSignature>();

  catalog.products.forEach((product, i) => {
    productById.set(product.id, product);
    productOrder.set(product.id, i);
    for (const keyword of product.keywords ?? []) {
      const list = byKeyword.get(keyword) ?? [];
      list.push(product);
      byKeyword.set(keyword, list);
    }
    for (const id of product.bundleIds ?? []) put(bundleIds, id.toLowerCase(), product);
    for (const name of product.packages ?? []) put(packages, name.toLowerCase(), product);
    for (const fragment of product.pathFragments ?? []) put(pathFragments, fragment, product);
  });

  const familyById = new Map<string, ComponentFamily>();
  const processes = new Map<string, ComponentTarget>();
  const services = new Map<string, ComponentFamily>();
  const drivers = new Map<string, ComponentTarget>();
  const units = new Map<string, ComponentFamily>();
  const launchdLabels = new Map<string, ComponentFamily>();
  const extensions = new Map<string, ComponentFamily>();
  const servicePatterns: { pattern: RegExp; family: ComponentFamily }[] = [];
  const serviceDisplayPatterns: { pattern: RegExp; family: ComponentFamily }[] = [];
  const certificatePatterns: { pattern: RegExp; family: ComponentFamily }[] = [];

  for (const family of catalog.families) {
    familyById.set(family.id, family);
    const target: ComponentTarget = { kind: 'family', family };
    for (const p of family.processes ?? []) put(processes, p, target);
    for (const s of family.services ?? []) put(services, s, family);
    for (const d of family.drivers ?? []) put(drivers, d, target);
    for (const u of family.units ?? []) put(units, u, family);
    for (const l of family.launchdLabels ?? []) put(launchdLabels, l.toLowerCase(), family);
    for (const e of family.extensionIds ?? []) put(extensions, e.toLowerCase(), family);
    for (const pattern of family.servicePatterns ?? []) servicePatterns.push({ pattern, family });
    for (const pattern of family.serviceDisplayPatterns ?? []) serviceDisplayPatterns.push({ pattern, family });
    for (const pattern of family.certificatePatterns ?? []) certificatePatterns.push({ pattern, family });
  }
  for (const group of catalog.shared) {
    const target: ComponentTarget = { kind: 'shared', group };
    for (const p of group.processes) put(processes, p, target);
    for (const d of group.drivers ?? []) put(drivers, d, target);
  }

  // Indexed by first folder name; longest fragment first, so "/kaspersky lab/kaspersky vpn" wins.
  const bySegment = new Map<string, { fragment: string; product: ProductSignature }[]>();
  for (const [fragment, product] of pathFragments) {
    const first = /^\/([^/]+)\//.exec(fragment)?.[1];
    if (!first) throw new Error(`install-folder fragment ${fragment} must look like /folder/…`);
    const list = bySegment.get(first) ?? [];
    list.push({ fragment, product });
    list.sort((a, b) => b.fragment.length - a.fragment.length);
    bySegment.set(first, list);
  }
  return {
    catalog,
    productById,
    familyById,
    productOrder,
    byKeyword,
    processes,
    services,
    servicePatterns,
    serviceDisplayAny: anyOf(serviceDisplayPatterns.map((p) => p.pattern)),
    serviceDisplayPatterns,
    drivers,
    units,
    launchdLabels,
    certificatePatterns,
    extensions,
    bundleIds,
    packages,
    pathFragments: bySegment,
  };
}

/**
 * The product an install path belongs to, by its most specific known folder fragment. Walks the
 * path's folders once and looks each up by name: no pattern is tried unless a folder matches.
 */
export function productForPath(index: SignatureIndex, path: string | null | undefined): ProductSignature | null {
  if (!path) return null;
  const p = normalisePath(path);
  for (let slash = p.indexOf('/'); slash >= 0; ) {
    const next = p.indexOf('/', slash + 1);
    if (next < 0) return null;
    const candidates = index.pathFragments.get(p.slice(slash + 1, next));
    if (candidates) {
      for (const { fragment, product } of candidates) if (p.startsWith(fragment, slash)) return product;
    }
    slash = next;
  }
  return null;
}

/** The product a display name (uninstall, Security Center, Kaspersky key) names, if any. */
export function productForName(
  index: SignatureIndex,
  name: string | null | undefined,
  tokens: readonly string[] = name ? nameTokens(name) : [],
): ProductSignature | null {
  if (!name) return null;
  const trimmed = name.trim();
  let best: ProductSignature | null = null;
  let bestOrder = Number.POSITIVE_INFINITY;
  for (const token of tokens) {
    const candidates = index.byKeyword.get(token);
    if (!candidates) continue;
    for (const product of candidates) {
      const order = index.productOrder.get(product.id) ?? Number.POSITIVE_INFINITY;
      if (order >= bestOrder) continue;
      if (!product.names?.some((p) => p.test(trimmed))) continue;
      if (product.notNames?.some((p) => p.test(trimmed))) continue;
      best = product;
      bestOrder = order;
    }
  }
  return best;
}

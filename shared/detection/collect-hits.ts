import type {
  Inventory,
  PackageEntry,
  ProgramEntry,
  SecurityCenterEntry,
  VendorKey,
} from '../contracts/inventory';
import type { Evidence } from '../contracts/scan-report';
import { publisherKey } from './catalog/kaspersky-names';
import { fileIsMissing, isDefenderEntry } from './security-center-entries';
import type { ProductSignature, VendorFallback } from './catalog/signature-types';
import {
  nameTokens,
  productForName,
  productForPath,
  type ComponentTarget,
  type SignatureIndex,
} from './signature-index';

type AppEntry = NonNullable<Inventory['apps']>[number];

/** What a hit points at before families are resolved. */
export type HitTarget =
  | { readonly kind: 'product'; readonly product: ProductSignature }
  | ComponentTarget;

/** One inventory entry that matched, with the raw data later steps read versions and removal from. */
export interface Hit {
  readonly target: HitTarget;
  readonly evidence: Evidence;
  readonly running?: boolean;
  /** Only a trace (certificate, browser extension): on its own it means leftovers, not a product. */
  readonly trace?: boolean;
  readonly program?: ProgramEntry;
  readonly securityCenter?: SecurityCenterEntry;
  readonly vendorKey?: VendorKey;
  readonly pkg?: PackageEntry;
  readonly app?: AppEntry;
  /** The display name the machine showed, for products that report it. */
  readonly shownName?: string;
}

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();
/** Process and driver names compare by file name, lower-case; drivers without `.sys`. */
const fileName = (s: string): string => s.slice(Math.max(s.lastIndexOf('\\'), s.lastIndexOf('/')) + 1).toLowerCase();
const driverName = (s: string): string => fileName(s).replace(/\.sys$/, '');

const product = (p: ProductSignature): HitTarget => ({ kind: 'product', product: p });

/** Kaspersky `environment` keys without a ProductName still tell the family by their key name. */
const KASPERSKY_KEY_FAMILIES: readonly [RegExp, string][] = [
  [/\\KSDE[\d.]*\\environment$/i, 'kaspersky-vpn'],
  [/\\(AVP|KES|PURE|KIS)[\d.]*(SP\d+)?\\environment$/i, 'kaspersky-avp'],
];

/** Walks the inventory once and returns every entry that matched the catalog. */
export function collectHits(inventory: Inventory, index: SignatureIndex): Hit[] {
  const hits: Hit[] = [];
  const push = (hit: Hit): void => {
    hits.push(hit);
  };

  for (const p of inventory.processes ?? []) {
    const evidence = { source: 'process', value: p.path || p.name };
    const byPath = productForPath(index, p.path);
    const byName = index.processes.get(fileName(p.name));
    if (byPath) push({ target: product(byPath), evidence, running: true });
    else if (byName) push({ target: byName, evidence, running: true });
  }

  for (const s of inventory.services ?? []) {
    const evidence = { source: 'service', value: s.displayName ? `${s.name} (${s.displayName})` : s.name };
    const running = lower(s.state) === 'running';
    const byPath = productForPath(index, s.path);
    const family = serviceFamily(index, s.name, s.displayName);
    if (byPath) push({ target: product(byPath), evidence, running });
    else if (family) push({ target: { kind: 'family', family }, evidence, running });
  }

  for (const program of inventory.programs ?? []) {
    const tokens = nameTokens(program.name);
    const named = productForName(index, program.name, tokens) ?? fallbackFor(index, program, tokens);
    if (!named) continue;
    const value = program.version ? `${program.name} ${program.version}` : program.name;
    push({ target: product(named), evidence: { source: 'uninstall-entry', value }, program, shownName: program.name });
  }

  for (const entry of inventory.securityCenter ?? []) {
    if (isDefenderEntry(entry)) continue; // built in: reported in builtIn, never as a product
    const named = productForName(index, entry.displayName) ?? unknownAntivirus(entry, inventory.programs ?? []);
    if (!named) continue;
    push({
      target: product(named),
      evidence: { source: 'security-center', value: entry.displayName },
      securityCenter: entry,
      shownName: named.source === UNKNOWN_SOURCE ? named.name : entry.displayName,
      // Its program file is gone: on its own, this registration is a leftover.
      trace: fileIsMissing(entry),
    });
  }

  for (const key of inventory.vendorKeys ?? []) {
    const target = vendorKeyTarget(index, key);
    if (!target) continue;
    push({
      target,
      evidence: { source: 'vendor-key', value: key.productName ?? key.key ?? key.vendor },
      vendorKey: key,
      shownName: key.productName ?? undefined,
    });
  }

  for (const d of inventory.drivers ?? []) {
    const byName = index.drivers.get(driverName(d.name));
    const running = lower(d.state) === 'running';
    // A driver that does not run is a file left behind (e.g. klif.sys after a removal), not a product.
    if (byName) push({ target: byName, evidence: { source: 'driver', value: d.name }, running, trace: !running });
  }

  for (const c of inventory.certificates ?? []) {
    const found = index.certificatePatterns.find((p) => p.pattern.test(c.subject));
    if (found) {
      const value = c.store ? `${c.subject} (${c.store})` : c.subject;
      push({ target: { kind: 'family', family: found.family }, evidence: { source: 'certificate', value }, trace: true });
    }
  }

  for (const e of inventory.browserExtensions ?? []) {
    const family = index.extensions.get(lower(e.id));
    if (family) {
      const value = `${e.browser}: ${e.name ?? e.id} (${e.id})`;
      push({ target: { kind: 'family', family }, evidence: { source: 'browser-extension', value }, trace: true });
    }
  }

  for (const pkg of inventory.packages ?? []) {
    const named = index.packages.get(lower(pkg.name)) ?? index.bundleIds.get(lower(pkg.name));
    if (!named) continue;
    const value = pkg.version ? `${pkg.name} ${pkg.version}` : pkg.name;
    push({ target: product(named), evidence: { source: 'package', value }, pkg });
  }

  for (const app of inventory.apps ?? []) {
    // An app is a folder: its path ends with / so a fragment naming the bundle ("/applications/avast.app/") matches.
    const named = (app.bundleId ? index.bundleIds.get(lower(app.bundleId)) : undefined) ?? productForPath(index, app.path ? `${app.path.replace(/\/+$/, '')}/` : null);
    if (!named) continue;
    // An app's own name is shown only when it names its vendor: "AntivirusforMac" alone says nothing.
    const shownName = app.name.toLowerCase().includes(named.vendor.toLowerCase()) ? app.name : undefined;
    push({ target: product(named), evidence: { source: 'app', value: app.path ?? app.name }, app, ...(shownName ? { shownName } : {}) });
  }

  for (const job of inventory.launchdJobs ?? []) {
    const family = index.launchdLabels.get(lower(job.label));
    if (family) push({ target: { kind: 'family', family }, evidence: { source: 'launchd', value: job.label } });
  }

  for (const unit of inventory.units ?? []) {
    const family = index.units.get(lower(unit.name).replace(/\.service$/, ''));
    if (family) {
      const running = lower(unit.state) === 'active' || lower(unit.state) === 'running';
      push({ target: { kind: 'family', family }, evidence: { source: 'unit', value: unit.name }, running });
    }
  }
  return hits;
}

function serviceFamily(index: SignatureIndex, name: string, displayName: string | null | undefined) {
  const key = lower(name);
  const exact = index.services.get(key);
  if (exact) return exact;
  for (const { pattern, family } of index.servicePatterns) if (pattern.test(name)) return family;
  if (displayName && index.serviceDisplayAny?.test(displayName)) {
    for (const { pattern, family } of index.serviceDisplayPatterns) if (pattern.test(displayName)) return family;
  }
  return null;
}

function vendorKeyTarget(index: SignatureIndex, key: VendorKey): HitTarget | null {
  const named = productForName(index, key.productName) ?? productForPath(index, key.installLocation);
  if (named) return product(named);
  for (const [pattern, familyId] of KASPERSKY_KEY_FAMILIES) {
    const family = key.key && pattern.test(key.key) ? index.familyById.get(familyId) : undefined;
    if (family) return { kind: 'family', family };
  }
  return null;
}

/**
 * A vendor's program no pattern named becomes its own product, reported under its own name: its
 * name starts with the vendor word, or its publisher is the vendor (in any language: a Russian
 * "Антивирус Касперского" by "Лаборатория Касперского" has no Latin vendor word at all).
 */
function fallbackFor(index: SignatureIndex, program: ProgramEntry, tokens: readonly string[]): ProductSignature | null {
  for (const fallback of index.catalog.fallbacks) {
    const byName = tokens[0] === fallback.keyword;
    const byPublisher = fallback.publishers.includes(publisherKey(program.publisher)) && (tokens.includes(fallback.keyword) || !/[a-z]/i.test(program.name));
    if (byName || byPublisher) return fallbackSignature(fallback, program.name);
  }
  return null;
}

/**
 * An id for a name in any script. Letters and digits of every alphabet are kept (so two Russian
 * programs never collapse into one id); a name with none gets a short hash of its text.
 */
export function fallbackSlug(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug) return slug.slice(0, 80);
  let hash = 2166136261;
  for (const ch of name) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return `x${hash.toString(16)}`;
}

const fallbackCache = new Map<string, ProductSignature>();

function fallbackSignature(fallback: VendorFallback, name: string): ProductSignature {
  const clean = name.trim();
  const id = `${fallback.keyword}-other-${fallbackSlug(clean)}`;
  const cached = fallbackCache.get(id);
  if (cached) return cached;
  const made: ProductSignature = {
    id,
    vendor: fallback.vendor,
    name: clean,
    kind: fallback.kind,
    reportedName: true,
    source: 'vendor fallback: DisplayName names the vendor, no catalog pattern matched',
  };
  if (fallbackCache.size < 1000) fallbackCache.set(id, made);
  return made;
}

const unknownCache = new Map<string, ProductSignature>();

/**
 * An antivirus Security Center registers that the catalog does not know is still a product: it is
 * shown on Check and counted by the finish check, under its Security Center name. Its vendor is
 * the publisher of the uninstall entry with the same name, or whose folder holds its program file;
 * otherwise it stays unknown.
 */
function unknownAntivirus(entry: SecurityCenterEntry, programs: readonly ProgramEntry[]): ProductSignature | null {
  const name = displayable(entry.displayName);
  if (!name) return null; // nothing to call it by
  const exe = normaliseWinPath(entry.pathToSignedProductExe);
  const wanted = entry.displayName.trim().toLowerCase();
  const owner =
    programs.find((p) => p.name.trim().toLowerCase() === wanted && p.publisher?.trim()) ??
    programs.find((p) => {
      const folder = normaliseWinPath(p.installLocation);
      return folder.length > 3 && exe.startsWith(folder.endsWith('/') ? folder : `${folder}/`) && !!p.publisher?.trim();
    });
  const vendor = displayable(owner?.publisher) ?? UNKNOWN_VENDOR;
  const id = `unknown-${fallbackSlug(name)}`;
  const cached = unknownCache.get(`${id}\u0000${vendor}`);
  if (cached) return cached;
  const made: ProductSignature = { id, vendor, name, kind: 'antivirus', reportedName: true, source: UNKNOWN_SOURCE };
  if (unknownCache.size < 1000) unknownCache.set(`${id}\u0000${vendor}`, made);
  return made;
}

/** The vendor of a product nobody could name: shown as "not known", never guessed. */
export const UNKNOWN_VENDOR = 'Unknown';
export const UNKNOWN_SOURCE = 'Security Center registration; not in the catalog';

const normaliseWinPath = (path: string | null | undefined): string => (path ?? '').trim().replace(/^"|"$/g, '').replace(/\\/g, '/').toLowerCase();

/** Text from the machine made fit to show: no control characters, at most 200 characters. */
function displayable(text: string | null | undefined): string | null {
  const clean = (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean;
}

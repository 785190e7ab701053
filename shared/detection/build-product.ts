import type { DetectedProduct, Evidence, Protection, Signatures } from '../contracts/scan-report';
import type { ProductSignature } from './catalog/signature-types';
import type { Hit } from './collect-hits';
import { isActiveProtection } from './active-protection';
import { UNKNOWN_SOURCE } from './collect-hits';
import { decodeProductState } from './product-state';
import { pickRegistration, staleRegistrationNote, UNKNOWN_PRODUCT_NOTE } from './security-center-entries';
import { buildRemoval, withUninstaller } from './removal-info';
import type { ProductHits } from './resolve-products';

/** Trailing versions and trademark signs are not part of a product's name ("Kaspersky VPN 5.2"). */
function cleanName(name: string): string {
  return name
    .replace(/[\u00ae\u2122]/g, '')
    .replace(/\s+v?\d+(\.\d+)+\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Version from the most reliable source: Kaspersky's own `environment` key, then the uninstall
 * entry, then the app bundle or the package manager. Security Center carries no version. `null`
 * when none says it — never guessed from a folder or service name.
 */
function pickVersion(product: ProductSignature, hits: readonly Hit[]): string | null {
  const first = (get: (h: Hit) => string | null | undefined): string | null => {
    for (const hit of hits) {
      const v = get(hit)?.trim();
      if (v) return v;
    }
    return null;
  };
  // Packages in the catalog's order (clamav-daemon before clamav), whatever order dpkg listed them.
  const rank = (name: string): number => {
    const i = product.packages?.indexOf(name.toLowerCase()) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const pkg = hits
    .flatMap((h) => (h.pkg?.version?.trim() ? [h.pkg] : []))
    .sort((a, b) => rank(a.name) - rank(b.name))[0];
  return first((h) => h.vendorKey?.productVersion) ?? first((h) => h.program?.version) ?? first((h) => h.app?.version) ?? pkg?.version?.trim() ?? null;
}

function pickShownName(hits: readonly Hit[]): string | null {
  const order: ((h: Hit) => boolean)[] = [(h) => !!h.vendorKey, (h) => !!h.program, (h) => !!h.securityCenter, (h) => !!h.app];
  for (const is of order) {
    const hit = hits.find((h) => is(h) && h.shownName);
    if (hit?.shownName) {
      const clean = cleanName(hit.shownName);
      if (clean) return clean;
    }
  }
  return null;
}

function protectionOf(hits: readonly Hit[], installed: boolean): { protection: Protection; signatures: Signatures } {
  // Leftovers protect nothing, whatever a stale Security Center entry still says.
  if (!installed) return { protection: 'off', signatures: 'unknown' };
  const registrations = hits.flatMap((h) => (h.securityCenter?.productState != null && !h.trace ? [h.securityCenter] : []));
  const wsc = pickRegistration(registrations);
  if (wsc) {
    const { protection, signatures } = decodeProductState(wsc.productState);
    return { protection, signatures };
  }
  const days = hits.find((h) => h.vendorKey?.licenseDaysLeft != null)?.vendorKey?.licenseDaysLeft;
  if (typeof days === 'number' && days <= 0) return { protection: 'expired', signatures: 'unknown' };
  return { protection: 'unknown', signatures: 'unknown' };
}

function mergedEvidence(hits: readonly Hit[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const { evidence } of hits) {
    const key = `${evidence.source}\u0000${evidence.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(evidence);
  }
  return out;
}

/** `uninstallers`: paths of vendor uninstallers the machine has (inventory `uninstallers`). */
/**
 * Installed when any hit is the product itself; leftovers (`trace` hits: certificates, add-ons,
 * stopped drivers, stale Security Center entries) alone are not. The catalog's leftovers entries
 * are never installed.
 */
const isInstalled = (product: ProductSignature, hits: readonly Hit[]): boolean =>
  !product.id.endsWith('-leftovers') && hits.some((h) => h.trace !== true);

/** `uninstallers`: paths of vendor uninstallers the machine has (inventory `uninstallers`). */
export function buildProduct({ product, hits }: ProductHits, uninstallers: ReadonlySet<string> = new Set()): DetectedProduct {
  const shown = product.reportedName ? pickShownName(hits) : null;
  const name = shown ?? product.name;
  const installed = isInstalled(product, hits);
  const running = hits.some((h) => h.running === true);
  const state = protectionOf(hits, installed);
  const unknown = product.source === UNKNOWN_SOURCE;
  const notes: string[] = [];
  if (unknown) notes.push(UNKNOWN_PRODUCT_NOTE);
  if (!installed && hits.some((h) => h.securityCenter)) notes.push(staleRegistrationNote(name));
  return {
    id: product.id,
    vendor: product.vendor,
    name,
    version: pickVersion(product, hits),
    kind: product.kind,
    running,
    ...state,
    evidence: mergedEvidence(hits),
    // A product SafeSwitch does not know, or one that is only leftovers, gets no uninstall command.
    removal: unknown || !installed ? { method: 'manual' } : { ...withUninstaller(product, buildRemoval(product, hits), uninstallers) },
    ...(notes.length > 0 ? { notes } : {}),
    installed,
    active: isActiveProtection({ installed, running, ...state }),
    ...(unknown ? { unknown } : {}),
  };
}

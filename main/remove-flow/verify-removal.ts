import type { Inventory } from '@shared/contracts/inventory';
import type { DetectedProduct, ScanReport } from '@shared/contracts/scan-report';
import type { Footprint, Leftover, Verification, VerificationCheck } from '@shared/journal/remove-section';

/**
 * Verification after a removal (issue 5, point 6), pure: the rescan's inventory and report compared
 * with the product's footprint from just before. Lists what is left without deleting anything.
 */
export interface VerifyInput {
  readonly product: Pick<DetectedProduct, 'id' | 'name' | 'vendor' | 'evidence'>;
  readonly footprint: Footprint;
  /** The scan report from before the removal (which products existed then). */
  readonly before: ScanReport | null;
  readonly after: ScanReport;
  readonly inventory: Inventory;
  /** Footprint folders that still exist on the machine (probed by the caller). */
  readonly foldersLeft: readonly string[];
  readonly checkedAt: string;
}

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();
const baseName = (s: string): string => lower(s.split(/[\\/]/).pop());
const SHA1 = /^[0-9a-f]{40}$/i;
/** Evidence that only traces a removed product (detection reports these as a "leftovers" product). */
const TRACE_SOURCES = new Set(['certificate', 'browser-extension']);

/** A product that is really installed: something besides certificates and browser extensions. */
export function isInstalledProduct(product: Pick<DetectedProduct, 'evidence'>): boolean {
  return product.evidence.some((e) => !TRACE_SOURCES.has(lower(e.source)));
}

function still(expected: readonly string[], present: readonly string[], norm: (s: string) => string = lower): string[] {
  const have = new Set(present.map(norm));
  return expected.filter((e) => have.has(norm(e)));
}

export function verifyRemoval(input: VerifyInput): Verification {
  const { product, footprint, after, inventory } = input;
  const platform = lower(inventory.os.platform);
  const beforeIds = new Set((input.before?.products ?? []).map((p) => p.id));
  // Products that still exist and existed before: what they claim is theirs, not a leftover.
  const remaining = after.products.filter(
    (p) => p.id !== product.id && isInstalledProduct(p) && (beforeIds.size === 0 || beforeIds.has(p.id)),
  );
  const claimed = new Set(remaining.flatMap((p) => p.evidence.map((e) => lower(e.value))));
  // Products that appeared only after removal, from the same vendor: detection's "traces" entries.
  const traces = after.products.filter(
    (p) => p.id !== product.id && !remaining.includes(p) && lower(p.vendor) === lower(product.vendor),
  );
  const traceValues = new Set(traces.flatMap((p) => p.evidence.map((e) => lower(e.value))));

  const processes = still(footprint.processes, (inventory.processes ?? []).map((p) => p.name), baseName);
  const services = still(footprint.services, (inventory.services ?? []).map((s) => s.name));
  const entryKind: VerificationCheck['what'] = platform === 'darwin' ? 'app' : platform === 'linux' ? 'package' : 'uninstall-entry';
  const entries =
    platform === 'darwin'
      ? still(footprint.apps, (inventory.apps ?? []).flatMap((a) => [a.bundleId ?? '', a.name]))
      : platform === 'linux'
        ? still(footprint.packages, (inventory.packages ?? []).map((p) => p.name))
        : still(footprint.programs, (inventory.programs ?? []).map((p) => p.name));
  const securityCenter = still(footprint.securityCenter, (inventory.securityCenter ?? []).map((s) => s.displayName));
  const productStill = after.products.some((p) => p.id === product.id);

  const checks: VerificationCheck[] = [
    { what: 'product', gone: !productStill, remaining: productStill ? [product.name] : [] },
    { what: 'processes', gone: processes.length === 0, remaining: processes },
    { what: 'services', gone: services.length === 0, remaining: services },
    { what: entryKind, gone: entries.length === 0, remaining: entries },
  ];
  if (platform === 'win32') checks.push({ what: 'security-center', gone: securityCenter.length === 0, remaining: securityCenter });

  return {
    checkedAt: input.checkedAt,
    removed: checks.every((c) => c.gone),
    checks,
    leftovers: findLeftovers(input, { claimed, traceValues, services, platform }),
    builtIn: builtInState(after, remaining),
  };
}

interface LeftoverContext {
  readonly claimed: ReadonlySet<string>;
  readonly traceValues: ReadonlySet<string>;
  readonly services: readonly string[];
  readonly platform: string;
}

function findLeftovers(input: VerifyInput, ctx: LeftoverContext): Leftover[] {
  const { product, footprint, inventory } = input;
  const vendor = lower(product.vendor);
  const ownEvidence = new Set(product.evidence.map((e) => lower(e.value)));
  const mine = (value: string): boolean => !ctx.claimed.has(lower(value));
  const named = (value: string): boolean => ownEvidence.has(lower(value)) || ctx.traceValues.has(lower(value));
  const out: Leftover[] = [];
  const base = { registered: false, removable: false, browser: null };

  for (const name of ctx.services) {
    const s = (inventory.services ?? []).find((x) => lower(x.name) === lower(name));
    out.push({ ...base, id: `service:${name}`, kind: 'service', name, detail: s?.state ?? null, registered: true });
  }
  const footDrivers = new Set(footprint.drivers.map(lower));
  for (const d of inventory.drivers ?? []) {
    if (!(footDrivers.has(lower(d.name)) || named(d.name)) || !mine(d.name)) continue;
    // A listed driver is a registered one: its file must stay until the service is gone.
    out.push({ ...base, id: `driver:${d.name}`, kind: 'driver', name: d.name, detail: d.path ?? null, registered: true });
  }
  for (const folder of input.foldersLeft) {
    out.push({ ...base, id: `folder:${folder}`, kind: 'folder', name: folder, detail: null });
  }
  for (const c of inventory.certificates ?? []) {
    const belongs = lower(c.subject).includes(vendor) || named(c.subject);
    if (!belongs || !mine(c.subject)) continue;
    const thumb = c.thumbprint && SHA1.test(c.thumbprint) ? c.thumbprint.toUpperCase() : null;
    out.push({
      ...base,
      id: `certificate:${thumb ?? c.subject}`,
      kind: 'certificate',
      name: c.subject,
      detail: c.store ?? null,
      // SafeSwitch removes it only by its exact thumbprint, on systems with a certificate tool.
      removable: thumb !== null && (ctx.platform === 'win32' || ctx.platform === 'darwin'),
    });
  }
  for (const x of inventory.browserExtensions ?? []) {
    const belongs = lower(x.name).includes(vendor) || named(x.id) || (x.name ? named(x.name) : false);
    if (!belongs || !mine(x.id)) continue;
    out.push({ ...base, id: `extension:${x.browser}:${x.id}`, kind: 'browser-extension', name: x.name ?? x.id, detail: x.id, browser: x.browser });
  }
  for (const k of inventory.vendorKeys ?? []) {
    if (lower(k.productName) !== lower(product.name)) continue;
    out.push({ ...base, id: `vendor-key:${k.productName}`, kind: 'vendor-key', name: k.productName ?? k.vendor, detail: k.installLocation ?? null });
  }
  for (const j of inventory.launchdJobs ?? []) {
    if (named(j.label) && mine(j.label)) out.push({ ...base, id: `launchd:${j.label}`, kind: 'launchd-job', name: j.label, detail: j.path ?? null });
  }
  for (const u of inventory.units ?? []) {
    if (named(u.name) && mine(u.name)) out.push({ ...base, id: `unit:${u.name}`, kind: 'unit', name: u.name, detail: u.state ?? null });
  }
  return out;
}

function builtInState(after: ScanReport, remaining: readonly DetectedProduct[]): Verification['builtIn'] {
  if (!after.builtIn) return null;
  const otherActive = remaining.filter((p) => p.protection === 'on' && p.kind !== 'vpn' && p.kind !== 'password-manager').map((p) => p.name);
  return {
    name: after.builtIn.name,
    protection: after.builtIn.protection,
    otherActive,
    needsHelp: after.builtIn.protection !== 'on' && otherActive.length === 0,
  };
}

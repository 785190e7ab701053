import type { DetectedProduct, ScanReport } from '@shared/contracts/scan-report';

/** Kinds that protect against viruses; a VPN or a password manager does not. */
export const PROTECTING_KINDS: ReadonlySet<DetectedProduct['kind']> = new Set(['antivirus', 'suite']);

export type SummaryKey = 'protected' | 'protectedWeak' | 'builtInOnly' | 'builtInWeak' | 'notProtected' | 'cannotTell';

/**
 * The one sentence at the top of the results: is this computer protected right now, and by what.
 * "Weak" means protection is on but virus definitions are out of date.
 */
export function protectionSummary(report: ScanReport): { key: SummaryKey; names: readonly string[] } {
  const active = report.products.filter((p) => PROTECTING_KINDS.has(p.kind) && p.protection === 'on');
  if (active.length > 0) {
    const names = active.map((p) => p.name);
    return { key: active.every((p) => p.signatures === 'out-of-date') ? 'protectedWeak' : 'protected', names };
  }
  const builtIn = report.builtIn;
  if (builtIn && builtIn.protection === 'on') {
    return { key: builtIn.signatures === 'out-of-date' ? 'builtInWeak' : 'builtInOnly', names: [builtIn.name] };
  }
  const unsure =
    report.products.some((p) => PROTECTING_KINDS.has(p.kind) && p.protection === 'unknown') || (builtIn?.protection ?? 'unknown') === 'unknown';
  return { key: unsure ? 'cannotTell' : 'notProtected', names: [] };
}

/** The key of a product's status sentence in check.json (`status.*`). */
export function productStatusKey(product: DetectedProduct): string {
  if (product.installed === false && product.kind !== 'other') return 'status.leftovers';
  if (!PROTECTING_KINDS.has(product.kind)) return `kind.${product.kind}`;
  if (product.protection !== 'on') return `status.${product.protection}`;
  if (product.signatures === 'out-of-date') return product.vendor === 'Kaspersky' ? 'status.onStaleKaspersky' : 'status.onStale';
  return product.signatures === 'up-to-date' ? 'status.onFresh' : 'status.on';
}

/** The key of the built-in protection's sentence (`builtInStatus.*`). */
export function builtInStatusKey(report: ScanReport): string | null {
  const builtIn = report.builtIn;
  if (!builtIn) return null;
  if (builtIn.protection === 'on') return builtIn.signatures === 'out-of-date' ? 'builtInStatus.onStale' : 'builtInStatus.on';
  if (builtIn.protection === 'off' || builtIn.protection === 'snoozed') {
    const other = report.products.some((p) => PROTECTING_KINDS.has(p.kind) && p.protection === 'on');
    // Passive mode said plainly: Defender runs, but another antivirus does the protecting.
    if (builtIn.mode === 'passive' || builtIn.mode === 'sxs-passive') return other ? 'builtInStatus.passiveForOther' : 'builtInStatus.passiveAlone';
    return other ? 'builtInStatus.offForOther' : 'builtInStatus.offAlone';
  }
  return builtIn.name === 'XProtect' ? 'builtInStatus.xprotect' : 'builtInStatus.unknown';
}

import type { DetectedProduct, ScanReport } from '@shared/contracts/scan-report';
import type { ActiveProduct, FinishCheck } from '@shared/journal/choose-section';
import { isBuiltInProtection } from '@shared/removal';
import { isActiveProtection } from '@shared/detection/active-protection';

/** Kinds that scan files as they are opened; a VPN or a password manager protects nothing here. */
const REAL_TIME_KINDS = new Set(['antivirus', 'suite']);

/**
 * Detection reports built-in protection in `builtIn`, never in `products`; the removal engine's
 * guard (whole words: "Bitdefender" is not Defender) catches a report that lists it anyway.
 */
const isBuiltIn = (p: DetectedProduct): boolean => isBuiltInProtection(p);

/** Protecting now (the scan report's `active` rule), recomputed so a changed state is never stale. */
const isActive = (p: DetectedProduct): boolean => isActiveProtection(p);

/**
 * Out of date: its definitions say so, or it is Kaspersky's and does not say it is up to date. The
 * US Commerce Department (BIS) barred Kaspersky's updates to US users from 29 September 2024, so an
 * unknown state on a Kaspersky product is not taken as protection (issue 13.1).
 */
export const isOutOfDate = (p: Pick<DetectedProduct, 'signatures' | 'vendor'>): boolean =>
  p.signatures === 'out-of-date' || (/kaspersky/i.test(p.vendor) && p.signatures !== 'up-to-date');

/** Leftovers (a driver file, add-ons, a stale Security Center entry) are not a product that protects or conflicts. */
const isInstalled = (p: DetectedProduct): boolean => p.installed !== false;

/**
 * The end of the migration: exactly one real-time product should protect the machine, or the
 * built-in one alone. Two at once slow the computer and can block each other; none leaves it open.
 *
 * On Windows, Defender counts as active only when it reports itself on — it turns itself off (or
 * passive) when another antivirus registers — so "Defender on + another one on" is two at once.
 * On macOS the built-in XProtect always runs beside other products without conflict and cannot be
 * switched off (detection reports its state as unknown), so it counts, unless reported off, only
 * when nothing else protects.
 */
export function evaluateFinish(report: ScanReport, checkedAt: string): FinishCheck {
  const platform = report.os.platform;
  const security = report.products.filter((p) => REAL_TIME_KINDS.has(p.kind) && !isBuiltIn(p) && isInstalled(p));
  const active: ActiveProduct[] = security
    .filter(isActive)
    .map((p) => ({ id: p.id, name: p.name, builtIn: false, ...(isOutOfDate(p) ? { outOfDate: true } : {}) }));
  const inactive = security
    .filter((p) => !isActive(p))
    .map((p) => ({ id: p.id, name: p.name, builtIn: false, protection: p.protection }));

  const builtIn = report.builtIn ? { name: report.builtIn.name, protection: report.builtIn.protection } : null;
  const builtInEntry: ActiveProduct | null = report.builtIn
    ? { id: 'built-in', name: report.builtIn.name, builtIn: true, ...(report.builtIn.signatures === 'out-of-date' ? { outOfDate: true } : {}) }
    : null;
  if (builtInEntry && platform === 'win32' && report.builtIn?.protection === 'on') active.push(builtInEntry);
  if (builtInEntry && platform === 'darwin' && active.length === 0 && report.builtIn?.protection !== 'off') active.push(builtInEntry);

  const verdict = active.length === 1 ? 'ok' : active.length === 0 ? 'none' : 'two-active';
  return { checkedAt, platform, verdict, active, inactive, builtIn, scanWarnings: report.warnings.length };
}

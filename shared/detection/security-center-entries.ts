import type { SecurityCenterEntry } from '../contracts/inventory';
import { decodeProductState } from './product-state';

/**
 * Windows Security Center (`root/SecurityCenter2 AntiVirusProduct`) rules that do not depend on
 * the catalog. Security Center keeps one registration per `instanceGuid`, so a product that was
 * reinstalled, or upgraded across a major version, can be listed twice under one name (captured
 * outputs show `timestamp` as an RFC 1123 date, e.g. "Wed, 15 Dec 2021 12:40:10 GMT").
 */

export const DEFENDER_SECURITY_CENTER = /^(Windows|Microsoft) Defender\b/i;
export const isDefenderEntry = (entry: SecurityCenterEntry): boolean => DEFENDER_SECURITY_CENTER.test(entry.displayName.trim());

const PROTECTION_RANK: Readonly<Record<string, number>> = { on: 4, snoozed: 3, expired: 2, off: 1, unknown: 0 };
const SIGNATURE_RANK: Readonly<Record<string, number>> = { 'up-to-date': 2, 'out-of-date': 1, unknown: 0 };

/** Milliseconds of the entry's own timestamp, or null when it has none or it does not parse. */
export function registeredAt(entry: SecurityCenterEntry): number | null {
  const text = entry.timestamp?.trim();
  if (!text) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Which of several registrations of one product speaks for it. The documented rule:
 * 1. the newest `timestamp` (Security Center updates it when the product reports its state);
 *    an entry with a timestamp beats one without;
 * 2. else the most protective state (on, snoozed, expired, off, unknown), then the freshest
 *    signatures (up to date, out of date, unknown);
 * 3. else one whose program file is known to exist;
 * 4. else the first listed. Array order decides only a full tie.
 */
export function pickRegistration<T extends SecurityCenterEntry>(entries: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const entry of entries) if (best === undefined || compareRegistrations(entry, best) > 0) best = entry;
  return best;
}

/** Positive when `a` should speak rather than `b`. */
export function compareRegistrations(a: SecurityCenterEntry, b: SecurityCenterEntry): number {
  const ta = registeredAt(a);
  const tb = registeredAt(b);
  if (ta !== null || tb !== null) {
    if (ta === null) return -1;
    if (tb === null) return 1;
    if (ta !== tb) return ta - tb;
  }
  const da = decodeProductState(a.productState);
  const db = decodeProductState(b.productState);
  const byProtection = (PROTECTION_RANK[da.protection] ?? 0) - (PROTECTION_RANK[db.protection] ?? 0);
  if (byProtection !== 0) return byProtection;
  const bySignatures = (SIGNATURE_RANK[da.signatures] ?? 0) - (SIGNATURE_RANK[db.signatures] ?? 0);
  if (bySignatures !== 0) return bySignatures;
  return (a.productExeExists === true ? 1 : 0) - (b.productExeExists === true ? 1 : 0);
}

/**
 * A registration with nothing behind it: the program file Security Center points to is known to be
 * missing. Whether any program, service or process is behind it is the caller's question (it has
 * the other evidence); an entry whose file was not checked is never called stale.
 */
export const fileIsMissing = (entry: SecurityCenterEntry): boolean => entry.productExeExists === false;

/** The text shown for a stale registration (leftovers, no removal plan). */
export const staleRegistrationNote = (name: string): string =>
  `Windows Security Center still lists ${name}, but it is not installed. This is only a leftover entry; it does not protect this computer.`;

export const UNKNOWN_PRODUCT_NOTE =
  'SafeSwitch does not know this product. Windows Security Center lists it as an antivirus, so it is counted when SafeSwitch checks what protects this computer.';

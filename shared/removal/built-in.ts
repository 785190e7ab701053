import type { DetectedProduct } from '../contracts/scan-report';

/**
 * Built-in protection (Microsoft Defender, Apple XProtect) is never removed or changed
 * (design.md). Detection reports it in `builtIn`, not in `products`; this guard holds even when a
 * report (edited by hand, or from a future detector) lists it as a product.
 */
const BUILT_IN_IDS = new Set(['microsoft-defender', 'windows-defender', 'defender', 'xprotect', 'apple-xprotect']);
const BUILT_IN_NAME = /\b(windows|microsoft)\s+defender\b|\bxprotect\b|\bwindows\s+security\b|\bmsmpeng\b/i;

/** Whole id words only: "bitdefender-total-security" is Bitdefender, not Microsoft Defender. */
const BUILT_IN_ID_WORDS = new Set(['defender', 'xprotect']);

export function isBuiltInProtection(product: Pick<DetectedProduct, 'id' | 'name' | 'vendor'>): boolean {
  const id = product.id.toLowerCase();
  if (BUILT_IN_IDS.has(id) || id.split(/[^a-z0-9]+/).some((word) => BUILT_IN_ID_WORDS.has(word))) return true;
  return BUILT_IN_NAME.test(product.name) || BUILT_IN_NAME.test(`${product.vendor} ${product.name}`);
}

import type { Protection, Signatures } from '../contracts/scan-report';

/**
 * Windows Security Center `AntiVirusProduct.productState`, decoded with bit masks (research
 * detection.md §1.5; masks from a Microsoft-authored troubleshooting script, undocumented by
 * Microsoft, so best-effort). Masks, never a table of known values: a value nobody listed still
 * decodes, and a nibble nobody defined decodes to `unknown` rather than a guess.
 */
export const PRODUCT_STATE_MASK = 0xf000;
export const SIGNATURE_STATUS_MASK = 0x00f0;
export const PRODUCT_OWNER_MASK = 0x0f00;

const STATES: Readonly<Record<number, Protection>> = {
  0x0000: 'off',
  0x1000: 'on',
  0x2000: 'snoozed',
  0x3000: 'expired',
};

export interface DecodedProductState {
  readonly protection: Protection;
  readonly signatures: Signatures;
  /** True when the owner nibble says Windows (Microsoft) registered the product. */
  readonly ownedByWindows: boolean;
}

export function decodeProductState(productState: number | null | undefined): DecodedProductState {
  if (productState == null || !Number.isInteger(productState) || productState < 0) {
    return { protection: 'unknown', signatures: 'unknown', ownedByWindows: false };
  }
  const state = productState & PRODUCT_STATE_MASK;
  const status = productState & SIGNATURE_STATUS_MASK;
  return {
    protection: STATES[state] ?? 'unknown',
    signatures: status === 0x00 ? 'up-to-date' : status === 0x10 ? 'out-of-date' : 'unknown',
    ownedByWindows: (productState & PRODUCT_OWNER_MASK) === 0x0100,
  };
}

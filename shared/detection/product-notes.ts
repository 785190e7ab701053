import type { DetectedProduct } from '../contracts/scan-report';

/**
 * Plain-language notes. UltraAV on a machine that has or had Kaspersky: research detection.md §6
 * and migration.md §0 (19 September 2024 automatic switch on Windows in the US, Pango).
 */
export const ULTRA_SWITCH_NOTE =
  'UltraAV may have been put on this computer without you asking. In September 2024 Kaspersky had ' +
  'to leave the United States, and on 19 September 2024 it replaced itself with UltraAV (made by ' +
  'another company, Pango) on many Windows computers. UltraAV is a different product from ' +
  'Kaspersky. Keeping it or removing it is your choice.';

export const ULTRAVPN_SWITCH_NOTE =
  'UltraVPN may have been put on this computer without you asking: in September 2024 people who ' +
  'had Kaspersky VPN in the United States were moved to UltraVPN (made by Pango). Keeping it or ' +
  'removing it is your choice.';

const ULTRA_NOTES: Readonly<Record<string, string>> = {
  ultraav: ULTRA_SWITCH_NOTE,
  ultravpn: ULTRAVPN_SWITCH_NOTE,
};

/** Adds the switch note to UltraAV/UltraVPN when Kaspersky (or what it left behind) is present. */
export function addSwitchNotes(products: DetectedProduct[]): void {
  const hadKaspersky = products.some((p) => p.vendor === 'Kaspersky');
  if (!hadKaspersky) return;
  for (const product of products) {
    const note = ULTRA_NOTES[product.id];
    if (note) product.notes = [...(product.notes ?? []), note];
  }
}

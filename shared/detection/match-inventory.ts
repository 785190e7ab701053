import type { Inventory } from '../contracts/inventory';
import { SCAN_FORMAT, type ScanReport, type ScanWarning } from '../contracts/scan-report';
import { builtInProtection } from './built-in-protection';
import { buildProduct } from './build-product';
import { CATALOG } from './catalog/catalog';
import { collectHits } from './collect-hits';
import { addSwitchNotes } from './product-notes';
import { resolveProducts } from './resolve-products';
import { buildSignatureIndex, type SignatureIndex } from './signature-index';

let cachedIndex: SignatureIndex | null = null;
/** The catalog's look-up maps, built on first use and kept: the catalog never changes at run time. */
export function catalogIndex(): SignatureIndex {
  cachedIndex ??= buildSignatureIndex(CATALOG);
  return cachedIndex;
}

/**
 * A pure function from an inventory to the scan report (design.md contract `safeswitch-scan/1`):
 * one entry per product with all its evidence merged, Defender in `builtIn`, collector failures
 * passed through as warnings.
 */
export function matchInventory(inventory: Inventory, warnings: readonly ScanWarning[] = []): ScanReport {
  const index = catalogIndex();
  // Vendor uninstallers are macOS files (catalog `macUninstallers`); elsewhere they mean nothing.
  const uninstallers = new Set(inventory.os.platform === 'darwin' ? (inventory.uninstallers ?? []).map((u) => u.path) : []);
  const products = resolveProducts(collectHits(inventory, index), index).map((p) => buildProduct(p, uninstallers));
  addSwitchNotes(products);
  const os: ScanReport['os'] = { platform: inventory.os.platform };
  if (inventory.os.distro) os.distro = inventory.os.distro;
  if (inventory.os.release) os.release = inventory.os.release;
  return {
    format: SCAN_FORMAT,
    os,
    products,
    builtIn: builtInProtection(inventory),
    warnings: [...warnings],
  };
}

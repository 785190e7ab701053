import type { Inventory } from '@shared/contracts/inventory';
import type { ScanReport } from '@shared/contracts/scan-report';
import { footprintSchema, type Footprint, type Verification } from '@shared/journal/remove-section';
import type { ServiceContext } from '../service/service-context';
import { vendorFolders } from './vendor-folders';
import { isInstalledProduct, verifyRemoval } from './verify-removal';

export interface VerifyProductInput {
  readonly productId: string;
  readonly name: string;
  readonly footprint: Footprint | null;
  readonly before: ScanReport | null;
  readonly after: ScanReport;
  readonly inventory: Inventory;
}

/** Verification with the machine's folders probed (the only part that is not pure). */
export async function verifyProduct(context: ServiceContext, input: VerifyProductInput): Promise<Verification> {
  const detected =
    input.before?.products.find((p) => p.id === input.productId) ??
    input.after.products.find((p) => p.id === input.productId) ?? { id: input.productId, name: input.name, vendor: input.name.split(' ')[0] ?? '', evidence: [] };
  // Without a footprint (removed by hand before SafeSwitch looked) the product's name still counts.
  const footprint = input.footprint ?? footprintSchema.parse({ programs: [input.name], securityCenter: [input.name] });
  const exists = context.pathExists ?? (async () => false);
  // The vendor's shared folders count only once no product of that vendor that existed before remains.
  const beforeIds = new Set((input.before?.products ?? []).map((p) => p.id));
  const vendorStays = input.after.products.some(
    (p) => p.id !== input.productId && beforeIds.has(p.id) && isInstalledProduct(p) && p.vendor.toLowerCase() === detected.vendor.toLowerCase(),
  );
  const candidates = [...footprint.folders, ...(vendorStays ? [] : vendorFolders(detected.vendor, input.inventory.os.platform))];
  const foldersLeft: string[] = [];
  for (const folder of new Set(candidates)) if (await exists(folder)) foldersLeft.push(folder);
  return verifyRemoval({
    product: detected,
    footprint,
    before: input.before,
    after: input.after,
    inventory: input.inventory,
    foldersLeft,
    checkedAt: context.system.now().toISOString(),
  });
}

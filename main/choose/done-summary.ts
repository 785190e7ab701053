import type { DoneSummary } from '@shared/api/choose-calls';
import type { Journal } from '@shared/journal/journal-schema';
import { removeSectionSchema } from '@shared/journal/remove-section';
import { saveSectionSchema, savedFiles } from '@shared/journal/save-section';
import { findCatalogProduct } from './alternatives';

/** Product kinds a person pays for or signs in to: each is something to cancel or close. */
const OLD_PRODUCT_KINDS = new Set(['antivirus', 'suite', 'vpn', 'password-manager', 'parental-control']);

/**
 * Everything the Done step shows and the final report says, read from the journal each step wrote:
 * Save (the folder and files), Remove (what was taken off), Choose (the pick, the installer, the
 * finish check). Sections another step never wrote read as empty, never as an error.
 */
export function buildDoneSummary(journal: Journal, platform: string): DoneSummary {
  const save = saveSectionSchema.safeParse(journal.save ?? {});
  const remove = removeSectionSchema.safeParse(journal.remove ?? {});
  const choose = journal.choose ?? {};

  const product = choose.chosenProductId ? findCatalogProduct(choose.chosenProductId) : null;
  const pi = product?.passwordImport;
  const passwordImport =
    pi && pi.known
      ? {
          kind: pi.value.kind,
          format: pi.value.kind === 'csv' ? pi.value.format : null,
          source: pi.source,
          checked: pi.checked,
        }
      : null;

  const removed = remove.success
    ? Object.values(remove.data.products).map((p) => ({ productId: p.productId, name: p.name, state: p.state }))
    : [];

  const saveData = save.success ? save.data : null;
  // Only files that are still there: a deleted password file is listed as deleted, never as saved;
  // files of an earlier conversion (another format) stay listed until they are deleted.
  const deleted = new Set(saveData?.deleted ?? []);
  const files = saveData ? savedFiles(saveData) : [];

  const oldProducts = [
    ...new Set([
      ...(journal.lastScan?.products ?? []).filter((p) => OLD_PRODUCT_KINDS.has(p.kind)).map((p) => p.name),
      ...removed.map((r) => r.name),
    ]),
  ];

  return {
    platform,
    finishCheck: choose.finishCheck ?? null,
    chosen: product
      ? { id: product.id, name: product.name, vendor: product.vendor, builtIn: product.builtIn, passwordImport }
      : null,
    removed,
    installerRun: choose.installerRun ?? null,
    saved: {
      folder: saveData?.folder ?? null,
      files,
      deleted: [...deleted],
      passwordFormat: saveData?.format ?? null,
      passwordsSaved: saveData?.conversion?.verified ?? null,
    },
    oldProducts,
    report: choose.report ?? null,
  };
}

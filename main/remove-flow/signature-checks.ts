import { checkUninstaller } from '../removal/uninstaller-signature';
import type { ServiceContext } from '../service/service-context';
import { planFor } from './removal-plan-view';
import { removeSection, updateProduct } from './remove-journal';

/**
 * Before the consent page offers Remove (issue 12): the signature of every program SafeSwitch
 * would raise for the chosen products is checked and its SHA-256 pinned in the journal, again
 * when the program's path changed since. The gated plan (planFor) turns anything not trusted into
 * a manual step; the launch checks signature and hash once more.
 */
export async function checkChosenSignatures(context: ServiceContext): Promise<void> {
  const journal = context.journal.get();
  const records = removeSection(journal).products;
  for (const product of planFor(context, journal, undefined, false)?.products ?? []) {
    const command = product.steps.find((s) => s.kind === 'run-uninstaller')?.command;
    const record = records[product.productId];
    if (!command?.signature || !record || record.state === 'done') continue;
    if (record.signatureCheck?.file.toLowerCase() === command.file.toLowerCase()) continue;
    const check = await checkUninstaller(context.system, command);
    await updateProduct(context, product.productId, (p) => ({ ...p, signatureCheck: check }));
  }
}

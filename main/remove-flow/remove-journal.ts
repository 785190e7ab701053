import type { Journal } from '@shared/journal/journal-schema';
import {
  emptyRemoveSection,
  removeSectionSchema,
  type ProductRemoval,
  type RemoveSection,
} from '@shared/journal/remove-section';
import type { ProductPlan } from '@shared/removal';
import type { ServiceContext } from '../service/service-context';

/** Reading and writing the Remove step's journal section; every write also tells the screen. */

export function removeSection(journal: Journal): RemoveSection {
  const parsed = removeSectionSchema.safeParse(journal.remove ?? {});
  return parsed.success ? parsed.data : emptyRemoveSection();
}

export async function updateSection(context: ServiceContext, change: (section: RemoveSection) => RemoveSection): Promise<RemoveSection> {
  const journal = await context.journal.update((j) => ({ ...j, remove: change(removeSection(j)) }));
  return removeSection(journal);
}

export async function updateProduct(
  context: ServiceContext,
  productId: string,
  change: (current: ProductRemoval) => ProductRemoval,
  stepKind: string | null = null,
): Promise<ProductRemoval> {
  const now = context.system.now().toISOString();
  const section = await updateSection(context, (s) => {
    const current = s.products[productId];
    if (!current) throw new Error(`no removal recorded for ${productId}`);
    return { ...s, products: { ...s.products, [productId]: { ...change(current), updatedAt: now } } };
  });
  const product = section.products[productId];
  if (!product) throw new Error(`no removal recorded for ${productId}`);
  context.emit('removalProgress', {
    productId,
    state: product.state,
    step: product.step,
    stepCount: product.stepCount,
    stepKind,
  });
  return product;
}

/**
 * A product left `running` or `verifying` by a previous process (killed, crashed, restarted) is
 * `interrupted`, and its unfinished command says so: verification then tells what happened.
 */
export async function markInterrupted(context: ServiceContext): Promise<void> {
  const section = removeSection(context.journal.get());
  const stale = Object.values(section.products).filter((p) => p.state === 'running' || p.state === 'verifying');
  if (stale.length === 0) return;
  const now = context.system.now().toISOString();
  await updateSection(context, (s) => {
    const products = { ...s.products };
    for (const p of stale) {
      products[p.productId] = {
        ...p,
        state: 'interrupted',
        reason: 'app-stopped',
        commands: p.commands.map((c) => (c.finishedAt === null ? { ...c, outcome: 'interrupted' } : c)),
        updatedAt: now,
      };
    }
    return { ...s, products };
  });
}

export function freshRemoval(plan: ProductPlan, dryRun: boolean, now: string): ProductRemoval {
  return {
    productId: plan.productId,
    name: plan.productName,
    state: 'planned',
    step: 0,
    stepCount: plan.steps.length,
    dryRun,
    commands: [],
    reason: null,
    footprint: null,
    verification: null,
    signatureCheck: null,
    updatedAt: now,
  };
}

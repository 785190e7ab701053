import type { ApiHandlers } from '@shared/api/contract';
import type { removeCalls } from '@shared/api/remove-calls';
import { systemRootFrom } from '../removal';
import { openKavremover, removeLeftoverCertificate } from '../remove-flow/leftover-actions';
import { RemoveFlow } from '../remove-flow/remove-flow';
import { removeSection } from '../remove-flow/remove-journal';
import type { ServiceContext } from './service-context';

/** Handlers of the Remove step's calls (shared/api/remove-calls.ts); the flow itself is main/remove-flow. */
export function createRemoveHandlers(context: ServiceContext): Pick<ApiHandlers, keyof typeof removeCalls> {
  const flow = new RemoveFlow(context);
  return {
    getRemoval: () => flow.view(),
    chooseRemoval: ({ productIds }) => flow.choose(productIds),
    setRemovalDryRun: ({ dryRun }) => flow.setDryRun(dryRun),
    declinePasswordSave: () => flow.declinePasswordSave(),
    startRemoval: ({ productId }) => flow.start(productId),
    cancelRemoval: async ({ productId }) => ({ cancelled: flow.cancel(productId) }),
    verifyRemoval: ({ productId }) => flow.verify(productId),
    registerReopen: () => flow.registerReopen(),
    unregisterReopen: () => flow.unregisterReopen(),
    async removeCertificate({ leftoverId }) {
      await removeLeftoverCertificate(context, leftoverId, systemRootFrom(process.env));
      // Check again so the list shows what is really left.
      const owner = Object.values(removeSection(context.journal.get()).products).find((p) =>
        p.verification?.leftovers.some((l) => l.id === leftoverId),
      );
      return owner ? flow.verify(owner.productId) : flow.view();
    },
    openKavremover: () => openKavremover(context),
  };
}

import type { RemovalView } from '@shared/api/remove-calls';
import { CodedFailure } from '@shared/api/failure-codes';
import type { RemovalState } from '@shared/journal/remove-section';
import { formatArgv, type ProductPlan, type RemovalOutcome } from '@shared/removal';
import { runRemovalCommand, systemRootFrom } from '../removal';
import { scanAndRecord } from '../scan/run-scan';
import type { ServiceContext } from '../service/service-context';
import { buildFootprint } from './footprint';
import { findKavremover } from './kavremover';
import { LineSplitter } from './line-splitter';
import { candidatesFrom, logFolderFor, planFor } from './removal-plan-view';
import { freshRemoval, markInterrupted, removeSection, updateProduct, updateSection } from './remove-journal';
import { clearReopen, registerReopen } from './reopen-after-restart';
import { checkChosenSignatures } from './signature-checks';
import { verifyProduct } from './verify-product';

/** A request the screen should not have made (wrong state, unknown product): said plainly. */
/** A Remove action refused before anything ran: its code says why, in the user's language. */
export class RemoveFlowError extends CodedFailure {}

/** Where a stopped command leaves the product (issue 5: declined and blocked are not failures). */
const STATE_AFTER: Record<RemovalOutcome, RemovalState> = {
  success: 'verifying',
  'needs-restart': 'waiting-for-restart',
  declined: 'declined',
  blocked: 'blocked',
  failed: 'failed',
  'timed-out': 'failed',
  cancelled: 'cancelled',
};

/**
 * The Remove step's orchestration (issue 5, points 4-6): one product at a time, the journal written
 * before and after every command, live output as events, verification at the end. A product left
 * `running` or `verifying` by a previous process (killed, crashed, restarted) is `interrupted`.
 */
export class RemoveFlow {
  private recovered = false;

  constructor(private readonly context: ServiceContext) {}

  /** Shared with the session handlers through the context (Start over waits for it to empty). */
  private get running(): Map<string, AbortController> {
    return this.context.removalsRunning;
  }

  private get systemRoot(): string {
    return systemRootFrom(process.env);
  }

  /** Once per process: whatever a previous process left mid-command is now interrupted. */
  private async recover(): Promise<void> {
    if (this.recovered) return;
    this.recovered = true;
    await markInterrupted(this.context);
  }

  /** Recovered from a previous process, and something scanned to plan from. */
  private async ready(): Promise<void> {
    await this.recover();
    if (!this.context.journal.get().lastScan) await this.scan();
  }

  async view(): Promise<RemovalView> {
    await this.ready();
    const journal = this.context.journal.get();
    const downloads = this.context.system.paths.downloads;
    return {
      platform: this.context.system.machine.platform,
      candidates: candidatesFrom(journal.lastScan, journal),
      plan: planFor(this.context, journal),
      section: removeSection(journal),
      running: [...this.running.keys()][0] ?? null,
      reopenAvailable: Boolean(this.context.appLaunch),
      kavremover: this.context.system.machine.platform === 'win32' ? await findKavremover(downloads) : null,
    };
  }

  private scan() {
    return scanAndRecord(this.context.system, this.context.journal);
  }

  async choose(productIds: readonly string[]): Promise<RemovalView> {
    await this.ready();
    if (this.running.size > 0) throw new RemoveFlowError('remove-busy', 'Please wait: a removal is running.');
    const journal = this.context.journal.get();
    const plan = planFor(this.context, journal, [...new Set(productIds)]);
    const planned = new Map((plan?.products ?? []).map((p) => [p.productId, p]));
    const now = this.context.system.now().toISOString();
    await updateSection(this.context, (s) => {
      const products = { ...s.products };
      for (const [id, p] of planned) {
        if (!products[id]) products[id] = freshRemoval(p, s.dryRun, now);
      }
      // Unticked products that never started are forgotten; anything that ran stays on record.
      for (const [id, p] of Object.entries(products)) {
        if (!planned.has(id) && p.state === 'planned' && p.commands.length === 0) delete products[id];
      }
      // Products already worked on stay on the list (a removed suite, when the VPN is chosen next).
      const kept = s.chosen.filter((id) => !planned.has(id) && products[id] !== undefined);
      return { ...s, chosen: [...kept, ...planned.keys()], products };
    });
    await checkChosenSignatures(this.context);
    return this.view();
  }

  async declinePasswordSave(): Promise<RemovalView> {
    const at = this.context.system.now().toISOString();
    await updateSection(this.context, (s) => ({ ...s, passwordsDeclinedAt: s.passwordsDeclinedAt ?? at }));
    return this.view();
  }

  async setDryRun(dryRun: boolean): Promise<RemovalView> {
    await updateSection(this.context, (s) => ({ ...s, dryRun }));
    return this.view();
  }

  async start(productId: string): Promise<RemovalView> {
    await this.ready();
    if (this.running.size > 0) throw new RemoveFlowError('remove-busy', 'Please wait: another removal is running.');
    const journal = this.context.journal.get();
    const section = removeSection(journal);
    const product = section.products[productId];
    const plan = planFor(this.context, journal)?.products.find((p) => p.productId === productId);
    if (!product || !plan) throw new RemoveFlowError('remove-not-chosen', 'Choose this product on the Remove page first.');
    if (plan.blockers.length > 0) throw new RemoveFlowError('remove-passwords-first', `Save the passwords of ${plan.productName} first, or say you do not need them.`, { product: plan.productName });
    if (product.state === 'done') throw new RemoveFlowError('remove-already-removed', `${plan.productName} is already removed.`, { product: plan.productName });
    if (product.state === 'waiting-for-restart') throw new RemoveFlowError('remove-restart-first', `Restart the computer first, then SafeSwitch checks ${plan.productName}.`, { product: plan.productName });
    const uninstall = plan.steps.findIndex((s) => s.kind === 'run-uninstaller');
    const step = plan.steps[uninstall];
    if (!step?.command) throw new RemoveFlowError('remove-no-uninstaller', `SafeSwitch cannot run the uninstaller of ${plan.productName}: remove it by hand, then check again.`, { product: plan.productName });

    const controller = new AbortController();
    this.running.set(productId, controller);
    try {
      if (section.dryRun) {
        await this.dryRun(productId, plan, uninstall);
      } else {
        await this.ensureFootprint(productId);
        await this.runUninstaller(productId, plan, uninstall, controller);
      }
    } finally {
      this.running.delete(productId);
    }
    return this.view();
  }

  private async dryRun(productId: string, plan: ProductPlan, index: number): Promise<void> {
    const command = plan.steps[index]?.command;
    if (!command) throw new RemoveFlowError('remove-internal', 'Nothing to show.');
    const result = await runRemovalCommand(this.context.system, command, {
      logFolder: logFolderFor(this.context, this.context.journal.get()),
      productId,
      dryRun: true,
    });
    const now = this.context.system.now().toISOString();
    this.context.emit('removalOutput', { productId, stream: 'stdout', line: formatArgv(result.spec.file, result.spec.args) });
    await updateProduct(this.context, productId, (p) => ({
      ...p,
      dryRun: true,
      commands: [...p.commands, { step: index, argv: [command.file, ...command.args], startedAt: now, finishedAt: now, exitCode: null, outcome: 'dry-run', durationMs: 0 }],
    }));
  }

  /** The product's footprint is taken once, from a fresh look at the machine just before removal. */
  private async ensureFootprint(productId: string): Promise<void> {
    const existing = removeSection(this.context.journal.get()).products[productId];
    if (existing?.footprint) return;
    const { inventory, report } = await this.scan();
    const detected = report.products.find((p) => p.id === productId) ?? this.context.journal.get().lastScan?.products.find((p) => p.id === productId);
    if (!detected) return;
    const footprint = buildFootprint(detected, inventory);
    await updateProduct(this.context, productId, (p) => ({ ...p, footprint }));
  }

  private async runUninstaller(productId: string, plan: ProductPlan, index: number, controller: AbortController): Promise<void> {
    const command = plan.steps[index]?.command;
    if (!command) throw new RemoveFlowError('remove-internal', 'Nothing to run.');
    // Written before the command starts: a kill from here on is found as `interrupted`.
    const startedAt = this.context.system.now().toISOString();
    await updateProduct(
      this.context,
      productId,
      (p) => ({
        ...p,
        state: 'running',
        step: index,
        reason: null,
        dryRun: false,
        commands: [...p.commands, { step: index, argv: [command.file, ...command.args], startedAt, finishedAt: null, exitCode: null, outcome: null, durationMs: null }],
      }),
      'run-uninstaller',
    );
    const lines = new LineSplitter((line, stream) => this.context.emit('removalOutput', { productId, stream, line }));
    const result = await runRemovalCommand(this.context.system, command, {
      logFolder: logFolderFor(this.context, this.context.journal.get()),
      productId,
      signal: controller.signal,
      onOutput: (chunk, stream) => lines.push(chunk, stream),
    });
    lines.flush();
    if (result.dryRun) throw new RemoveFlowError('remove-internal', 'Unexpected dry run.');
    const state = STATE_AFTER[result.outcome.outcome];
    const restartIndex = plan.steps.findIndex((s) => s.kind === 'restart');
    const finishedAt = this.context.system.now().toISOString();
    await updateProduct(
      this.context,
      productId,
      (p) => ({
        ...p,
        state,
        step: state === 'waiting-for-restart' && restartIndex >= 0 ? restartIndex : index,
        reason: result.outcome.reason,
        commands: p.commands.map((c, i) =>
          i === p.commands.length - 1 ? { ...c, finishedAt, exitCode: result.exitCode, outcome: result.outcome.outcome, durationMs: result.durationMs } : c,
        ),
      }),
      'run-uninstaller',
    );
    if (state === 'verifying') await this.verifyNow(productId);
  }

  cancel(productId: string): boolean {
    const controller = this.running.get(productId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Rescan and compare. Allowed whenever nothing runs: after a restart, an interruption, a manual removal. */
  async verify(productId: string): Promise<RemovalView> {
    await this.recover();
    if (this.running.size > 0) throw new RemoveFlowError('remove-busy', 'Please wait: a removal is running.');
    await this.verifyNow(productId);
    return this.view();
  }

  private async verifyNow(productId: string): Promise<void> {
    const before = removeSection(this.context.journal.get()).products[productId];
    if (!before) throw new RemoveFlowError('remove-not-chosen', 'Choose this product on the Remove page first.');
    const previous = before.state;
    const verifyIndex = Math.max(0, (planFor(this.context, this.context.journal.get())?.products.find((p) => p.productId === productId)?.steps ?? []).findIndex((s) => s.kind === 'verify'));
    const beforeScan = this.context.journal.get().lastScan;
    await updateProduct(this.context, productId, (p) => ({ ...p, state: 'verifying', step: verifyIndex }), 'verify');
    const { inventory, report } = await this.scan();
    // Removed by hand before SafeSwitch ever looked: the product as it is now is its footprint.
    const present = report.products.find((p) => p.id === productId);
    const footprint = before.footprint ?? (present ? buildFootprint(present, inventory) : null);
    const verification = await verifyProduct(this.context, {
      productId,
      name: before.name,
      footprint,
      before: beforeScan,
      after: report,
      inventory,
    });
    const next: RemovalState = verification.removed
      ? 'done'
      : previous === 'waiting-for-restart' || previous === 'verifying' || previous === 'running'
        ? 'failed'
        : previous;
    await updateProduct(
      this.context,
      productId,
      (p) => ({ ...p, state: next, reason: verification.removed ? null : next === 'failed' ? stillReason(previous) : p.reason, verification, footprint }),
      'verify',
    );
    // The reopen entry did its one job once the check after the restart ran.
    if (previous === 'waiting-for-restart') await this.clearReopenEntry();
  }

  async registerReopen(): Promise<RemovalView> {
    const app = this.context.appLaunch;
    if (!app) throw new RemoveFlowError('remove-cannot-reopen', 'SafeSwitch cannot set itself to open after a restart here. Open it yourself after the restart.');
    const reopen = await registerReopen(this.context.system, app, this.systemRoot);
    await updateSection(this.context, (s) => ({ ...s, reopen }));
    return this.view();
  }

  async unregisterReopen(): Promise<RemovalView> {
    await this.clearReopenEntry();
    return this.view();
  }

  private async clearReopenEntry(): Promise<void> {
    const reopen = removeSection(this.context.journal.get()).reopen;
    if (!reopen) return;
    await clearReopen(this.context.system, reopen, this.systemRoot);
    await updateSection(this.context, (s) => ({ ...s, reopen: null }));
  }
}

function stillReason(previous: RemovalState): string {
  return previous === 'waiting-for-restart' ? 'still-installed-after-restart' : 'still-installed';
}

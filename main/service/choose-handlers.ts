import { CATALOG, checkVendorUrl, type RankPlatform } from '@shared/alternatives/index';
import type { chooseCalls } from '@shared/api/choose-calls';
import type { ApiHandlers } from '@shared/api/contract';
import type { ChooseSection } from '@shared/journal/choose-section';
import { buildAlternatives, requireCatalogProduct } from '../choose/alternatives';
import { buildDoneSummary } from '../choose/done-summary';
import { evaluateFinish } from '../choose/finish-check';
import { inspectInstaller } from '../choose/inspect-installer';
import { listDownloadedInstallers } from '../choose/installer-files';
import { windowsSystemRoot } from '../choose/powershell-command';
import { InstallerRefusedError, runCheckedInstaller } from '../choose/run-installer';
import { summaryOnDisk } from '../choose/done-summary-on-disk';
import { writeFinalReport } from '../choose/write-final-report';
import { runScan } from '../scan/run-scan';
import type { ServiceContext } from './service-context';
import { CodedFailure } from '@shared/api/failure-codes';

/** A request main will not carry out, said plainly; `code` lets the window pick its own wording. */
export class ChooseRefusedError extends CodedFailure {}

/** What the Choose and Done calls need from the Save step. */
export interface ChooseNeeds {
  /** Writes Save's report sections again when a saved file has gone since (SaveState.writeReportIfFilesGone). */
  readonly refreshSaveSections: () => Promise<void>;
}

/** Handlers of the Choose and Done steps' calls (shared/api/choose-calls.ts). */
export function createChooseHandlers(context: ServiceContext, needs: ChooseNeeds): Pick<ApiHandlers, keyof typeof chooseCalls> {
  const platform = (): RankPlatform => context.system.machine.platform;
  const updateChoose = async (change: (section: ChooseSection) => ChooseSection): Promise<ChooseSection> => {
    const journal = await context.journal.update((j) => ({ ...j, choose: change(j.choose ?? {}) }));
    return journal.choose ?? {};
  };

  return {
    async getAlternatives({ answers }) {
      return buildAlternatives(context.journal.get(), platform(), answers);
    },

    async saveAnswers({ answers }) {
      await updateChoose((c) => ({ ...c, answers }));
      return { answers };
    },

    async chooseProduct({ productId }) {
      const product = requireCatalogProduct(productId);
      await updateChoose((c) => ({ ...c, chosenProductId: product.id }));
      return { chosenProductId: product.id };
    },

    async openVendorPage({ productId }) {
      const product = requireCatalogProduct(productId);
      if (!product.vendorPage.known) {
        throw new ChooseRefusedError('no-vendor-page', `SafeSwitch has no checked web address for ${product.name}.`, { product: product.name });
      }
      // The allowlist check runs on the catalog's own URL too: a bad catalog entry is never opened.
      const check = checkVendorUrl(product.vendorPage.value, CATALOG);
      if (!check.ok) throw new ChooseRefusedError('url-refused', `SafeSwitch will not open the address for ${product.name} (${check.reason}).`, { product: product.name });
      const opened = await context.openExternal(check.url); // eng-disable OPEN_EXTERNAL_JS_CHECK the URL is the catalog's own vendor page and passed checkVendorUrl against the allowlist just above
      const at = context.system.now().toISOString();
      await updateChoose((c) => ({ ...c, vendorPages: [...(c.vendorPages ?? []), { productId: product.id, url: check.url, opened, at }] }));
      return { opened, url: check.url };
    },

    async listInstallers() {
      const folder = context.system.paths.downloads;
      return { platform: platform(), folder, installers: await listDownloadedInstallers(folder, platform()) };
    },

    async inspectInstaller({ productId, path }) {
      const product = requireCatalogProduct(productId);
      if (product.builtIn) throw new ChooseRefusedError('built-in', `${product.name} is built in: there is nothing to install.`, { product: product.name });
      const check = await inspectInstaller(context.system, product.id, path);
      await updateChoose((c) => ({ ...c, chosenProductId: product.id, installerCheck: check, installerRun: null }));
      return check;
    },

    async runInstaller({ productId, path }) {
      const run = await runCheckedInstaller(context.system, context.journal.get().choose?.installerCheck, { productId, path }).catch(
        (error: unknown) => {
          throw error instanceof InstallerRefusedError ? new ChooseRefusedError(`installer-${error.reason}`, error.message) : error;
        },
      );
      await updateChoose((c) => ({ ...c, installerRun: run }));
      return run;
    },

    async openDefenderSettings() {
      if (platform() !== 'win32') return { opened: false };
      // A fixed command: Windows Security's own link to the real-time protection settings.
      const result = await context.system.run({
        file: `${windowsSystemRoot()}\\explorer.exe`,
        args: ['windowsdefender://threatsettings'],
        timeoutMs: 30_000,
      });
      // explorer.exe often exits with 1 even when the window opened; only a failed start is a failure.
      return { opened: result.spawnError === null && !result.timedOut };
    },

    async finishCheck() {
      // The same scan as the Check step. It does not replace the journal's lastScan: that stays the
      // record of what the user had, which the questions and the report are built from.
      const { report } = await runScan(context.system, (p) => context.emit('scanProgress', p));
      const check = evaluateFinish(report, context.system.now().toISOString());
      await updateChoose((c) => ({ ...c, finishCheck: check }));
      return check;
    },

    async getDoneSummary() {
      return summaryOnDisk(buildDoneSummary(context.journal.get(), platform()));
    },

    async writeFinalReport() {
      // The whole report says what holds now, not only Done's part of it.
      await needs.refreshSaveSections();
      return writeFinalReport(context);
    },
  };
}

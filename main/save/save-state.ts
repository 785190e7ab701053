import { join } from 'node:path';
import { INVENTORY_FORMAT } from '@shared/contracts/inventory';
import { emptySaveSection, savedFiles, type SaveSection } from '@shared/journal/save-section';
import type { ExportFile, SaveOverview } from '@shared/api/save-calls';
import { parseKpmExport } from '@shared/passwords';
import type { ServiceContext } from '../service/service-context';
import { folderGone, missingFiles } from '../fs/on-disk';
import { CHECKSUMS_FILE } from './checksums';
import { findExportFiles, type WatchedFolder } from './export-finder';
import { kasperskyFacts, type KasperskyFacts } from './kaspersky-facts';
import { defaultFolderName } from './migration-folder';
import { REPORT_HTML, REPORT_JSON, updateMigrationReport } from './migration-report';
import { foundSection, saveReportSection } from './save-report';
import { reportWordsFor } from '../report-words/report-words';

/** True when the first bytes of a file read as a KPM export (the reader's own judgement). */
export function looksLikeKpmExport(head: Uint8Array): boolean {
  try {
    return parseKpmExport(head).entries.length > 0;
  } catch {
    // Not an export (NotKpmExportError), or a head cut mid-way the reader cannot use: either way, not offered.
    return false;
  }
}

/**
 * What the Save step's handlers share for one service: Kaspersky facts read once from the
 * inventory, the journal's save section, and the report writer.
 */
export class SaveState {
  private facts: Promise<KasperskyFacts> | null = null;

  constructor(readonly context: ServiceContext) {}

  /** Collected once per session; detection is what every command here is built from. */
  kaspersky(): Promise<KasperskyFacts> {
    this.facts ??= this.context.system.collectInventory().then(
      ({ inventory }) => kasperskyFacts(inventory),
      () => {
        // No inventory, no facts: the step still works (folder, export, conversion); try again next time.
        this.facts = null;
        return kasperskyFacts({ format: INVENTORY_FORMAT, os: { platform: this.context.system.machine.platform } });
      },
    );
    return this.facts;
  }

  // The journal store parses every journal with its schema, so `save` is already a full section.
  section(): SaveSection {
    return this.context.journal.get().save ?? emptySaveSection();
  }

  async updateSection(change: (section: SaveSection) => SaveSection): Promise<SaveSection> {
    const journal = await this.context.journal.update((j) => ({ ...j, save: change(j.save ?? emptySaveSection()) }));
    return journal.save ?? emptySaveSection();
  }

  watchedFolders(): WatchedFolder[] {
    const { downloads, documents } = this.context.system.paths;
    return [
      { path: downloads, folder: 'downloads' },
      { path: documents, folder: 'documents' },
    ];
  }

  findExports(): Promise<ExportFile[]> {
    return findExportFiles(this.watchedFolders(), looksLikeKpmExport);
  }

  /**
   * Rewrites the report's `found` and `save` sections from the journal (never a password), each
   * saved file checked on the disk: one moved or deleted by hand since is said so.
   */
  async writeReport(missing?: ReadonlySet<string>): Promise<void> {
    const section = this.section();
    if (!section.folder) return;
    const gone = missing ?? (await missingFiles(savedFiles(section).map((f) => f.path)));
    const facts = await this.kaspersky().catch(() => null);
    const now = this.context.system.now();
    const journal = this.context.journal.get();
    // In the user's language (the journal's), like the screens they read it beside.
    const words = reportWordsFor(journal.language);
    await updateMigrationReport(section.folder, 'found', foundSection(journal.lastScan, words), now, words);
    await updateMigrationReport(section.folder, 'save', saveReportSection(section.folder, section, facts, words, gone), now, words);
  }

  /**
   * Before the final report: writes the Save sections again only when a saved file has gone since
   * (otherwise they still hold, and the Kaspersky facts need not be read again after a restart).
   */
  async writeReportIfFilesGone(): Promise<void> {
    const section = this.section();
    if (!section.folder) return;
    const gone = await missingFiles(savedFiles(section).map((f) => f.path));
    if (gone.size > 0) await this.writeReport(gone);
  }

  async overview(watching: boolean): Promise<SaveOverview> {
    const facts = await this.kaspersky();
    const section = this.section();
    const folder = section.folder;
    return {
      platform: facts.platform,
      folder: {
        path: folder,
        gone: await folderGone(folder),
        proposed: join(this.context.system.paths.documents, defaultFolderName(this.context.system.now())),
        reportHtml: folder ? join(folder, REPORT_HTML) : null,
        reportJson: folder ? join(folder, REPORT_JSON) : null,
        checksums: folder ? join(folder, CHECKSUMS_FILE) : null,
      },
      passwordManager: {
        installed: facts.passwordManager !== null,
        name: facts.passwordManager?.name ?? null,
        canOpen: facts.passwordManager?.launch != null,
      },
      exportFiles: await this.findExports(),
      watching,
      settings: { available: facts.avpCom !== null, productName: facts.productName },
      licence: facts.licence,
      quarantine: facts.quarantine,
      section,
    };
  }
}

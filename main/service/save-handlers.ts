import { plaintextFilesOf } from '@shared/journal/save-section';
import type { ApiHandlers } from '@shared/api/contract';
import type { saveCalls } from '@shared/api/save-calls';
import { overwriteAndRemoveAll } from '../passwords/overwrite-and-remove';
import { convertPasswordsToFolder } from '../save/convert-passwords';
import { ExportFileError, readExportFile } from '../passwords/read-export-file';
import { ExportWatcher } from '../save/export-watcher';
import { MigrationFolderError, createDefaultMigrationFolder, prepareChosenFolder } from '../save/migration-folder';
import { openPasswordManager } from '../save/open-password-manager';
import { openMigrationReport } from '../save/open-report';
import { backupKasperskySettings } from '../save/settings-backup';
import { looksLikeKpmExport, type SaveState } from '../save/save-state';
import type { ServiceContext } from './service-context';

/** Handlers of the Save step's calls (shared/api/save-calls.ts). The logic lives in main/save/. */
export function createSaveHandlers(context: ServiceContext, state: SaveState): Pick<ApiHandlers, keyof typeof saveCalls> {
  const watcher = new ExportWatcher({
    folders: state.watchedFolders(),
    sniff: looksLikeKpmExport,
    onFound: (file) => context.emit('exportFileFound', { file }),
  });

  return {
    async getSaveOverview() {
      return state.overview(watcher.watching);
    },

    async setMigrationFolder({ path }) {
      let folder: string;
      try {
        folder = path === null
          ? await createDefaultMigrationFolder(context.system.paths.documents, context.system.now())
          : await prepareChosenFolder(path);
      } catch (error) {
        if (error instanceof MigrationFolderError) return { status: 'refused', reason: error.reason, message: error.message };
        throw error;
      }
      await state.updateSection((s) => ({ ...s, folder, folderIsDefault: path === null }));
      await state.writeReport();
      return { status: 'ok', overview: await state.overview(watcher.watching) };
    },

    async findExportFiles() {
      return { files: await state.findExports() };
    },

    async watchExportFiles({ watch }) {
      if (watch) await watcher.start();
      else watcher.stop();
      return { watching: watcher.watching };
    },

    async openPasswordManager() {
      return { opened: await openPasswordManager(context.system.run, await state.kaspersky()) };
    },

    async checkExportFile({ exportPath }) {
      try {
        const parsed = await readExportFile(exportPath);
        if (parsed.entries.length === 0) {
          return { status: 'refused', reason: 'no-entries', message: 'This file has no passwords in it. Export again from Kaspersky Password Manager, then choose the new file.' };
        }
        return { status: 'ok', entries: parsed.entries.length };
      } catch (error) {
        if (error instanceof ExportFileError) return { status: 'refused', reason: error.reason, message: error.message.charAt(0).toUpperCase() + error.message.slice(1) };
        throw error;
      }
    },
    async convertPasswords({ exportPath, format, overwrite }) {
      const folder = state.section().folder;
      if (!folder) return { status: 'needs-folder' };
      const { outcome, record } = await convertPasswordsToFolder({ exportPath, format, folder, overwrite, now: context.system.now() });
      if (record) {
        // A fresh conversion's files are on disk again, so they are no longer "deleted"; every
        // plaintext file stays on the ledger until it is deleted, whatever is converted next.
        const paths = new Set(record.files.map((f) => f.path));
        await state.updateSection((s) => ({
          ...s,
          format,
          conversion: record,
          deleted: s.deleted.filter((p) => !paths.has(p)),
          plaintextFiles: [...new Set([...s.plaintextFiles, ...paths])],
        }));
        await state.writeReport();
      }
      return outcome;
    },

    async deletePlaintextFiles({ exportFile, convertedFiles }) {
      const section = state.section();
      const conversion = section.conversion;
      // Only files SafeSwitch itself recorded: never a path the renderer sends. Converted files are
      // every one on the ledger (all formats ever written), not only the last conversion's.
      const targets = [...(exportFile && conversion ? [conversion.exportFile] : []), ...(convertedFiles ? plaintextFilesOf(section) : [])];
      // Inside the migration folder no link is followed or removed on the way to a file.
      const { results } = await overwriteAndRemoveAll(targets, section.folder);
      const gone = results.filter((r) => r.status === 'removed' || r.status === 'missing').map((r) => r.path);
      if (gone.length) {
        const goneSet = new Set(gone);
        await state.updateSection((s) => ({
          ...s,
          deleted: [...new Set([...s.deleted, ...gone])],
          plaintextFiles: s.plaintextFiles.filter((p) => !goneSet.has(p)),
        }));
        await state.writeReport();
      }
      return { results: results.map((r) => ({ path: r.path, deleted: gone.includes(r.path), message: r.message })) };
    },

    async backupSettings({ password }) {
      const folder = state.section().folder;
      const facts = await state.kaspersky();
      if (!folder || !facts.avpCom) return { status: 'not-available', file: null, detail: null };
      const outcome = await backupKasperskySettings({ run: context.system.run, avpCom: facts.avpCom, productName: facts.productName, folder, password });
      // The password is not kept anywhere: only the outcome goes to the journal and the report.
      await state.updateSection((s) => ({ ...s, settingsBackup: { at: context.system.now().toISOString(), status: outcome.status, file: outcome.file } }));
      await state.writeReport();
      return outcome;
    },

    async openMigrationReport() {
      // The folder comes from the journal only: the window cannot name a file to open. Without a Save
      // folder, the one the final report was written to (Done, when the user skipped saving).
      const folder = state.section().folder ?? context.journal.get().choose?.report?.folder ?? null;
      return openMigrationReport(folder, context.openPath);
    },
  };
}

import { join } from 'node:path';
import type { RankPlatform } from '@shared/alternatives/index';
import type { FinalReport } from '@shared/journal/choose-section';
import { saveSectionSchema } from '@shared/journal/save-section';
import { createDefaultMigrationFolder } from '../save/migration-folder';
import { REPORT_HTML, REPORT_JSON, readMigrationReport, updateMigrationReport } from '../save/migration-report';
import { reportWordsFor } from '../report-words/report-words';
import type { ServiceContext } from '../service/service-context';
import { buildDoneSummary } from './done-summary';
import { summaryOnDisk } from './done-summary-on-disk';
import { chooseReportSection, doneReportSection } from './final-report';

/**
 * The migration folder the Save step made; if the user skipped saving, the folder this step made
 * the last time, else a new dated folder in Documents (never an existing one).
 */
async function reportFolder(context: ServiceContext): Promise<string> {
  const journal = context.journal.get();
  const saveFolder = saveSectionSchema.safeParse(journal.save ?? {});
  if (saveFolder.success && saveFolder.data.folder) return saveFolder.data.folder;
  if (journal.choose?.report?.folder) return journal.choose.report.folder;
  return createDefaultMigrationFolder(context.system.paths.documents, context.system.now());
}

/** Adds (or replaces) the `choose` and `done` sections of report.html / report.json, then records it. */
export async function writeFinalReport(context: ServiceContext): Promise<FinalReport> {
  const folder = await reportFolder(context);
  const journal = context.journal.get();
  const platform = context.system.machine.platform as RankPlatform;
  // What holds on the disk now: a saved file moved away is no longer "the file to import".
  const summary = await summaryOnDisk(buildDoneSummary(journal, platform));
  const now = context.system.now();

  const existing = await readMigrationReport(folder);
  const otherNextSteps = Object.entries(existing?.sections ?? {})
    .filter(([name]) => name !== 'choose' && name !== 'done')
    .flatMap(([, section]) => section.nextSteps ?? []);

  const words = reportWordsFor(journal.language);
  await updateMigrationReport(folder, 'choose', chooseReportSection(journal.choose ?? {}, summary, platform, words), now, words);
  await updateMigrationReport(folder, 'done', doneReportSection(summary, otherNextSteps, words), now, words);

  const report: FinalReport = {
    folder,
    htmlPath: join(folder, REPORT_HTML),
    jsonPath: join(folder, REPORT_JSON),
    writtenAt: now.toISOString(),
  };
  await context.journal.update((j) => ({ ...j, choose: { ...j.choose, report } }));
  return report;
}

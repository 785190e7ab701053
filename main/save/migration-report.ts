import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CodedFailure } from '@shared/api/failure-codes';
import { writeFileAtomically } from '../fs/atomic-file';
import { writeChecksums } from './checksums';
import { REPORT_EN, type ReportWords } from '../report-words/report-words';
import { renderReportHtml } from './report-html';
import { MIGRATION_REPORT_FORMAT, readReportJson, type MigrationReport, type ReportSection } from './report-model';

export const REPORT_HTML = 'report.html';
export const REPORT_JSON = 'report.json';

/** The folder the report lives in is gone: moved, deleted, or on a stick taken out. */
export class ReportFolderGoneError extends CodedFailure {
  constructor(readonly folder: string) {
    super('report-folder-gone', `The SafeSwitch folder ${folder} is not there anymore. It may have been moved or deleted. Choose a folder again in the Save step.`, { folder });
  }
}

async function assertFolder(folder: string): Promise<void> {
  const found = await stat(folder).catch(() => null);
  if (!found?.isDirectory()) throw new ReportFolderGoneError(folder);
}

const queues = new Map<string, Promise<unknown>>();

/** Runs report writes for one folder one after another, so two steps never interleave. */
function serialised<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(folder) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(folder, next.catch(() => undefined));
  return next;
}

export async function readMigrationReport(folder: string): Promise<MigrationReport | null> {
  try {
    return readReportJson(await readFile(join(folder, REPORT_JSON), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The one way any step adds to the migration folder's report: replaces section `name` (e.g. 'save',
 * 'remove', 'done'), then rewrites report.json, report.html and SHA256SUMS, each atomically.
 * Pass `null` to drop a section. The folder must exist. Returns the report as written.
 *
 * Usage from another step: `await updateMigrationReport(journal.save.migrationFolder, 'remove', {
 * title: 'What was removed', rows: [...], nextSteps: [...] })`.
 */
export function updateMigrationReport(
  folder: string,
  name: string,
  section: ReportSection | null,
  now: Date = new Date(),
  /** The page's own words (title, headings): the user's language, as the sections are. */
  words: ReportWords = REPORT_EN,
): Promise<MigrationReport> {
  return serialised(folder, async () => {
    await assertFolder(folder);
    const stamp = now.toISOString();
    const current = (await readMigrationReport(folder)) ?? {
      format: MIGRATION_REPORT_FORMAT,
      createdAt: stamp,
      updatedAt: stamp,
      sections: {},
    };
    const sections: Record<string, ReportSection> = { ...current.sections };
    if (section) sections[name] = { ...section, updatedAt: stamp };
    else delete sections[name];
    const report: MigrationReport = { ...current, updatedAt: stamp, sections };
    await writeFileAtomically(join(folder, REPORT_JSON), JSON.stringify(report, null, 2) + '\n', { mode: 0o600 });
    await writeFileAtomically(join(folder, REPORT_HTML), renderReportHtml(report, folder, words), { mode: 0o600 });
    await writeChecksums(folder);
    return report;
  });
}

/** Recomputes SHA256SUMS after files in the folder changed (written or deleted) without a report change. */
export function refreshChecksums(folder: string): Promise<string[]> {
  return serialised(folder, () => writeChecksums(folder));
}

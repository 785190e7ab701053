import type { DoneSummary } from '@shared/api/choose-calls';
import { folderGone, missingFiles } from '../fs/on-disk';

/**
 * Done says only what holds on the disk now. The journal knows what SafeSwitch saved and deleted;
 * a folder or file the user moved or deleted by hand is not listed as saved, and a report that is
 * gone is not offered to open (issue 13.1: "Done lists only files that exist").
 */
export async function summaryOnDisk(summary: DoneSummary): Promise<DoneSummary> {
  const { folder } = summary.saved;
  const gone = await folderGone(folder);
  const missing = await missingFiles([...summary.saved.files.map((f) => f.path), ...(summary.report ? [summary.report.htmlPath] : [])]);
  const files = summary.saved.files.map((file) => ({ file, there: !gone && !missing.has(file.path) }));
  const report = summary.report && !missing.has(summary.report.htmlPath) ? summary.report : null;
  return {
    ...summary,
    saved: {
      ...summary.saved,
      folderGone: gone,
      files: files.filter((f) => f.there).map((f) => f.file),
      missing: gone ? [] : files.filter((f) => !f.there).map((f) => f.file.path),
    },
    report,
  };
}

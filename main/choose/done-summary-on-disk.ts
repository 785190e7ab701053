import { lstat } from 'node:fs/promises';
import type { DoneSummary } from '@shared/api/choose-calls';
import { folderGone } from '../fs/folder-gone';

// A link or a folder where SafeSwitch wrote a file is not the file it saved.
const isFile = async (path: string): Promise<boolean> => (await lstat(path).catch(() => null))?.isFile() ?? false;

/**
 * Done says only what holds on the disk now. The journal knows what SafeSwitch saved and deleted;
 * a folder or file the user moved or deleted by hand is not listed as saved, and a report that is
 * gone is not offered to open (issue 13.1: "Done lists only files that exist").
 */
export async function summaryOnDisk(summary: DoneSummary): Promise<DoneSummary> {
  const { folder } = summary.saved;
  const gone = folderGone(folder);
  const files = await Promise.all(summary.saved.files.map(async (file) => ({ file, there: !gone && (await isFile(file.path)) })));
  const report = summary.report && (await isFile(summary.report.htmlPath)) ? summary.report : null;
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

import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { OpenReportOutcome } from '@shared/api/save-calls';

export const REPORT_FILE = 'report.html';

/**
 * Opens report.html of the migration folder recorded in the journal, and nothing else: the path is
 * built here from that folder, never taken from the window. Before asking the OS to open it, the
 * file must exist, be a plain file, and (links resolved) still lie inside that folder, so a link
 * planted as report.html cannot make SafeSwitch open something elsewhere.
 */
export async function openMigrationReport(
  folder: string | null,
  openPath: (path: string) => Promise<boolean>,
): Promise<OpenReportOutcome> {
  if (!folder) return { status: 'no-report', path: null };
  const report = join(folder, REPORT_FILE);
  let realReport: string;
  try {
    const [realFolder, resolved] = await Promise.all([realpath(folder), realpath(report)]);
    const inside = relative(realFolder, resolved);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { status: 'no-report', path: report };
    if (!(await stat(resolved)).isFile()) return { status: 'no-report', path: report };
    realReport = resolved;
  } catch {
    return { status: 'no-report', path: report };
  }
  let opened = false;
  try {
    opened = await openPath(realReport);
  } catch {
    opened = false;
  }
  return { status: opened ? 'opened' : 'not-opened', path: report };
}

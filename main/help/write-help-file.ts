import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { saveSectionSchema } from '@shared/journal/save-section';
import { writeFileAtomically } from '../fs/atomic-file';
import { readMigrationReport } from '../save/migration-report';
import { runScan } from '../scan/run-scan';
import type { ServiceContext } from '../service/service-context';
import { renderHelpFile } from './help-file-html';

const pad = (n: number) => String(n).padStart(2, '0');

/** "SafeSwitch help file 2026-12-01 13-05.html", in the computer's local time; never one already there. */
export async function helpFileName(folder: string, now: Date): Promise<string> {
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}-${pad(now.getMinutes())}`;
  for (let n = 1; n < 100; n += 1) {
    const name = `SafeSwitch help file ${stamp}${n === 1 ? '' : ` (${n})`}.html`;
    const taken = await lstat(join(folder, name)).then(() => true, () => false);
    if (!taken) return name;
  }
  throw new Error('There are too many help files in this folder. Delete some, then try again.');
}

/**
 * Writes the help file: a fresh, read-only check of the machine (so the helper sees it as it is
 * now; the Check step's answer is not replaced), the journal and the migration report. It goes into
 * the migration folder when there is one, else Documents. Written whole or not at all (a full disk
 * or a link in the way is an error, and nothing half-written is left).
 */
export async function writeHelpFile(context: ServiceContext): Promise<{ path: string }> {
  const journal = context.journal.get();
  const save = saveSectionSchema.safeParse(journal.save ?? {});
  const migrationFolder = save.success ? (save.data.folder ?? null) : null;
  const folder = migrationFolder ?? context.system.paths.documents;
  const { inventory, report: scan } = await runScan(context.system);
  const now = context.system.now();
  const html = renderHelpFile({
    writtenAt: now,
    journal,
    inventory,
    scan,
    report: migrationFolder ? await readMigrationReport(migrationFolder) : null,
  });
  const path = join(folder, await helpFileName(folder, now));
  await writeFileAtomically(path, html, { mode: 0o600, within: folder });
  return { path };
}

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportFolderGoneError, updateMigrationReport } from '../../../main/save/migration-report';
import { openService } from '../../../main/service/open-service';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

/** The SafeSwitch folder moved, deleted or on a stick taken out: said plainly, and nothing is written elsewhere. */
describe('a report folder that is gone', () => {
  const newTempFolder = tempFoldersRemovedAfterEach();
  const temp = () => {
    const folder = newTempFolder();
    return folder.path;
  };
  const section = { title: 'What was saved', paragraphs: ['Nothing yet.'] };

  it('is refused with its code and path, and no folder is made in its place', async () => {
    const gone = join(temp(), 'SafeSwitch 2026-12-01');
    const refusal = await updateMigrationReport(gone, 'save', section).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ReportFolderGoneError);
    expect(refusal).toMatchObject({ code: 'report-folder-gone', params: { folder: gone } });
    expect(existsSync(gone)).toBe(false);
  });

  it('is refused when a file stands where the folder was', async () => {
    const path = join(temp(), 'SafeSwitch 2026-12-01');
    writeFileSync(path, 'not a folder');
    await expect(updateMigrationReport(path, 'save', section)).rejects.toBeInstanceOf(ReportFolderGoneError);
  });

  it('at Done, the final report says the folder is gone instead of a system error', async () => {
    const service = await openService({ dataFolder: temp(), scenarioPath: 'tests/scenarios/win-kaspersky-basic.json', timeScale: 0 });
    await service.call('scan', {});
    await service.call('completeStep', { step: 'check' });
    const { overview } = (await service.call('setMigrationFolder', { path: null })) as { overview: { folder: { path: string } } };
    rmSync(overview.folder.path, { recursive: true, force: true });
    await expect(service.call('writeFinalReport', {})).rejects.toMatchObject({ code: 'report-folder-gone' });
    // The folder back in its place (the stick put in again): the same call writes the report.
    mkdirSync(overview.folder.path);
    await expect(service.call('writeFinalReport', {})).resolves.toMatchObject({ folder: overview.folder.path });
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

/** The export part reads the chosen file at once (issue 13.2): a wrong file is refused there. */
describe('checkExportFile', () => {
  const newTempFolder = tempFoldersRemovedAfterEach();
  const open = async () => {
    const f = newTempFolder();
    const service = await openService({ dataFolder: f.path, scenarioPath: 'tests/scenarios/win-kaspersky-password-manager.json', timeScale: 0 });
    return { service, home: join(f.path, 'simulated-home') };
  };

  it('takes the real export and says how many entries it holds', async () => {
    const { service, home } = await open();
    expect(await service.call('checkExportFile', { exportPath: join(home, 'Downloads', 'Kaspersky Password Manager.txt') })).toEqual({ status: 'ok', entries: 7 });
  });

  it('refuses, with a reason the screen can say in any language, a file that is not an export, a folder, a missing file and an empty one', async () => {
    const { service, home } = await open();
    const reason = async (path: string) => {
      const r = await service.call('checkExportFile', { exportPath: path });
      return r.status === 'refused' ? r.reason : r.status;
    };
    expect(await reason(join(home, 'Documents', 'shopping list.txt'))).toBe('not-kpm');
    expect(await reason(join(home, 'Documents'))).toBe('not-a-file');
    expect(await reason(join(home, 'Documents', 'nothing here.txt'))).toBe('missing');
    mkdirSync(join(home, 'Empty'), { recursive: true });
    writeFileSync(join(home, 'Empty', 'export.txt'), '');
    expect(await reason(join(home, 'Empty', 'export.txt'))).toBe('empty');
    // Nothing about the file is kept: the journal has no export file recorded.
    expect((await service.call('getSession')).journal.save?.conversion ?? null).toBeNull();
  });
});

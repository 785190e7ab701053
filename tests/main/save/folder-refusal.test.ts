import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

/** A folder that cannot be used comes back with a reason, so the screen says it in the user's language. */
describe('setMigrationFolder refusals', () => {
  const newTempFolder = tempFoldersRemovedAfterEach();

  it('names why: a relative path, a file in the way', async () => {
    const f = newTempFolder();
    const service = await openService({ dataFolder: f.path, scenarioPath: 'tests/scenarios/win-kaspersky-basic.json', timeScale: 0 });
    const reason = async (path: string) => {
      const r = await service.call('setMigrationFolder', { path });
      return r.status === 'refused' ? r.reason : r.status;
    };
    expect(await reason('Documents/backup')).toBe('not-absolute');
    const file = join(f.path, 'a-file.txt');
    writeFileSync(file, 'x');
    expect(await reason(file)).toBe('not-a-folder');
    expect(await reason(join(f.path, 'new folder'))).toBe('ok');
  });
});

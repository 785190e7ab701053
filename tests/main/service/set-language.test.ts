import { describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

describe('the chosen language is remembered in the journal (issue 13.6)', () => {
  const newTempFolder = tempFoldersRemovedAfterEach();

  it('starts unset (the system decides), keeps a pick across a restart, and refuses a language not shipped', async () => {
    const folder = newTempFolder();
    const open = () => openService({ dataFolder: folder.path, scenarioPath: 'tests/scenarios/win-kaspersky-basic.json', timeScale: 0 });
    const first = await open();
    expect((await first.call('getSession')).journal.language ?? null).toBeNull();
    expect((await first.call('setLanguage', { language: 'ru' })).journal.language).toBe('ru');
    await expect(first.call('setLanguage', { language: 'de' } as never)).rejects.toBeTruthy();
    // A second service on the same data folder is what a restart of the app is.

    const again = await open();
    expect((await again.call('getSession')).journal.language).toBe('ru');
  });
});

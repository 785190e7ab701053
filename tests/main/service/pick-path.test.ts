import { describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import { createPathPicker, dialogOptions } from '../../../main/shell/pick-path';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

describe("the system's own file and folder dialogs (issue 13.3)", () => {
  const newTempFolder = tempFoldersRemovedAfterEach();
  const dataFolder = () => {
    const f = newTempFolder();
    return f.path;
  };

  it('on a simulated machine (and in the preview) there is no dialog: the typed path is the way', async () => {
    const asked: string[] = [];
    const service = await openService({
      dataFolder: dataFolder(),
      scenarioPath: 'tests/scenarios/win-kaspersky-basic.json',
      timeScale: 0,
      pickPath: async (kind) => {
        asked.push(kind);
        return 'C:\\picked';
      },
    });
    expect((await service.call('getSession')).canPickPaths).toBe(false);
    expect(await service.call('pickPath', { kind: 'folder' })).toEqual({ available: false, path: null });
    expect(asked).toEqual([]);
  });

  it('on the real machine with a dialog, the pick comes back as one path, or null when closed', async () => {
    let answer: string | null = '/home/ann/Documents/Backup';
    const service = await openService({ dataFolder: dataFolder(), pickPath: async () => answer });
    expect((await service.call('getSession')).canPickPaths).toBe(true);
    expect(await service.call('pickPath', { kind: 'folder' })).toEqual({ available: true, path: '/home/ann/Documents/Backup' });
    answer = null;
    expect(await service.call('pickPath', { kind: 'export-file' })).toEqual({ available: true, path: null });
    await expect(service.call('pickPath', { kind: 'anything' } as never)).rejects.toBeTruthy();
  });

  it('without a dialog (the CLI, the preview) nothing is offered', async () => {
    const service = await openService({ dataFolder: dataFolder() });
    expect((await service.call('getSession')).canPickPaths).toBe(false);
    expect(await service.call('pickPath', { kind: 'installer' })).toEqual({ available: false, path: null });
  });

  it('asks the OS for a folder, a text export, or an installer of this system', () => {
    expect(dialogOptions('folder', 'win32').properties).toContain('openDirectory');
    expect(dialogOptions('export-file', 'darwin').filters).toEqual([{ name: 'Text', extensions: ['txt'] }]);
    expect(dialogOptions('installer', 'win32').filters?.[0]?.extensions).toEqual(['exe', 'msi']);
    expect(dialogOptions('installer', 'darwin').filters?.[0]?.extensions).toEqual(['pkg', 'dmg']);
  });

  it('the dialog belongs to the app window; no window, no dialog; a cancel is null', async () => {
    const calls: unknown[] = [];
    const window = {} as never;
    const show = async (owner: unknown, options: unknown) => {
      calls.push([owner, options]);
      return { canceled: false, filePaths: ['C:\\Users\\ann\\Downloads\\setup.exe'] };
    };
    expect(await createPathPicker(show, () => window, 'win32')('installer')).toBe('C:\\Users\\ann\\Downloads\\setup.exe');
    expect(calls[0]).toEqual([window, dialogOptions('installer', 'win32')]);
    expect(await createPathPicker(show, () => null, 'win32')('installer')).toBeNull();
    expect(await createPathPicker(async () => ({ canceled: true, filePaths: [] }), () => window)('folder')).toBeNull();
  });
});

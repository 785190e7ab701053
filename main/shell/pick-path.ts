import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { PathKind } from '@shared/api/session-calls';

/** What each pick looks for: the OS's own dialog, with the filters of that kind of file. */
export function dialogOptions(kind: PathKind, platform: NodeJS.Platform): OpenDialogOptions {
  if (kind === 'folder') return { properties: ['openDirectory', 'createDirectory', 'promptToCreate'] };
  if (kind === 'export-file') return { properties: ['openFile'], filters: [{ name: 'Text', extensions: ['txt'] }] };
  const installers = platform === 'win32' ? ['exe', 'msi'] : platform === 'darwin' ? ['pkg', 'dmg'] : [];
  return { properties: ['openFile'], ...(installers.length > 0 ? { filters: [{ name: 'Installer', extensions: installers }] } : {}) };
}

type ShowOpenDialog = (window: BrowserWindow, options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;

/**
 * The pick as main does it: the dialog belongs to the app's window (modal), and what comes back is
 * one absolute path, or null when the user closed it. The path then goes through the same checks
 * as a typed one (Save's folder rules, the export reader, the installer signature check).
 */
export function createPathPicker(show: ShowOpenDialog, window: () => BrowserWindow | null, platform: NodeJS.Platform = process.platform) {
  return async (kind: PathKind): Promise<string | null> => {
    const owner = window();
    if (!owner) return null;
    const result = await show(owner, dialogOptions(kind, platform));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callChannel } from '@shared/api/contract';
import { startShell, type StartedShell } from '../helpers/start-shell';

/**
 * A packaged app (app.isPackaged) with ELECTRON_RENDERER_URL set in its environment, as anything
 * on the machine could set it: the window must still load the app's own app:// page, and a frame
 * from that URL must not be answered.
 */
let shell: StartedShell;

beforeAll(async () => {
  shell = await startShell({ isPackaged: true, rendererUrl: 'http://localhost:5173/' });
}, 30_000);

afterAll(() => shell?.stop());

describe('a packaged app', () => {
  it('ignores ELECTRON_RENDERER_URL and loads app://', () => {
    expect(shell.window.loaded).toEqual({ kind: 'url', target: 'app://safeswitch/index.html' });
  });

  it('does not answer a frame from the development URL', async () => {
    const handler = shell.record.handled.get(callChannel('getSession'))!;
    const reply = await handler({ sender: { id: shell.window.webContents.id }, senderFrame: { url: 'http://localhost:5173/' } }, {});
    expect(reply).toMatchObject({ error: { code: 'untrusted-sender' } });
  });
});

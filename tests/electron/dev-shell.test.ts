import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callChannel } from '@shared/api/contract';
import { startShell, type StartedShell } from '../helpers/start-shell';

/** `npm run dev` (unpackaged): the electron-vite server's page is loaded and only its origin trusted. */
let shell: StartedShell;

beforeAll(async () => {
  shell = await startShell({ isPackaged: false, rendererUrl: 'http://localhost:5173/' });
}, 30_000);

afterAll(() => shell?.stop());

describe('an unpackaged app under electron-vite dev', () => {
  it('loads the development server', () => {
    expect(shell.window.loaded).toEqual({ kind: 'url', target: 'http://localhost:5173/' });
  });

  it('answers frames from that origin only', async () => {
    const handler = shell.record.handled.get(callChannel('getSession'))!;
    const id = shell.window.webContents.id;
    expect(await handler({ sender: { id }, senderFrame: { url: 'http://localhost:5173/index.html' } }, {})).toHaveProperty('ok');
    expect(await handler({ sender: { id }, senderFrame: { url: 'http://localhost:5174/' } }, {})).toMatchObject({ error: { code: 'untrusted-sender' } });
  });
});

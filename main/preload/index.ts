import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, EVENT_NAMES, callChannel, eventChannel, type EventName } from '@shared/api/contract';

/**
 * The sandboxed preload: one frozen `window.safeswitch` with one function per contract call and an
 * `on(event, listener)` that never hands the renderer the IPC `event` object.
 */
type Reply = { ok: unknown } | { error: { code: string; message: string } };

const callers = Object.fromEntries(
  CALL_NAMES.map((name) => [
    name,
    // Only the single request object crosses the boundary; extra arguments are dropped.
    async (request: unknown) => {
      const reply = (await ipcRenderer.invoke(callChannel(name), request ?? {})) as Reply;
      if ('error' in reply) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
      return reply.ok;
    },
  ]),
);

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event: ${String(event)}`);
  const channel = eventChannel(event);
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

contextBridge.exposeInMainWorld('safeswitch', Object.freeze({ ...callers, on }));

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, EVENT_NAMES, callChannel, eventChannel, type EventName } from '@shared/api/contract';

/**
 * The sandboxed preload: one frozen `window.safeswitch` with one function per contract call and an
 * `on(event, listener)` that never hands the renderer the IPC `event` object.
 */

const callers = Object.fromEntries(
  CALL_NAMES.map((name) => [
    name,
    // Only the single request object crosses the boundary; extra arguments are dropped. The reply
    // goes back whole ({ ok } or { error }): contextBridge would strip a thrown Error's code and params.
    (request: unknown): Promise<unknown> => ipcRenderer.invoke(callChannel(name), request ?? {}),
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

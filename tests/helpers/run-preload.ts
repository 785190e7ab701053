import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** What a preload did when run with a stand-in electron renderer API. */
export interface PreloadRun {
  readonly exposed: Map<string, unknown>;
  readonly required: string[];
  readonly invoked: unknown[][];
  readonly listeners: Map<string, ((...args: unknown[]) => void)[]>;
  readonly removed: string[];
  /** The reply the next ipcRenderer.invoke resolves with. */
  nextReply: unknown;
}

/**
 * Runs a built preload the way a sandboxed renderer would: a CommonJS wrapper in a fresh context
 * whose `require` knows only `electron` (contextBridge + ipcRenderer fakes). Any other require throws,
 * and ESM syntax fails to compile, so "CommonJS requiring nothing but electron" is checked by running it.
 */
export function runPreload(file: string): PreloadRun {
  const run: PreloadRun = { exposed: new Map(), required: [], invoked: [], listeners: new Map(), removed: [], nextReply: { ok: null } };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => run.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        run.invoked.push(args);
        return Promise.resolve(run.nextReply);
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        run.listeners.set(channel, [...(run.listeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        run.removed.push(channel);
        run.listeners.set(channel, (run.listeners.get(channel) ?? []).filter((l) => l !== listener));
      },
    },
  };
  const sandboxRequire = (name: string): unknown => {
    run.required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`the sandboxed preload cannot require '${name}'`);
  };
  const wrapper = `(function (exports, require, module, __filename, __dirname) {\n${readFileSync(file, 'utf8')}\n})`;
  const context = vm.createContext({ console, setTimeout, clearTimeout, queueMicrotask });
  const compiled = new vm.Script(wrapper, { filename: file }).runInContext(context) as (...args: unknown[]) => void;
  const module = { exports: {} };
  compiled(module.exports, sandboxRequire, module, file, '.');
  return run;
}

import type { CallName, CallReply, SafeSwitchApi, SafeSwitchBridge } from '@shared/api/contract';
import { CallError } from './call-error';

declare global {
  interface Window {
    readonly safeswitch?: SafeSwitchBridge;
  }
}

/**
 * The only reader of the bridge (preload in Electron, the preview's bridge script in a browser).
 * Everything in the renderer talks to main through this object.
 */
function bridge(): SafeSwitchBridge {
  const api = window.safeswitch;
  if (!api) throw new Error('SafeSwitch bridge missing: open the app through Electron or the browser preview.');
  return api;
}

function unwrap<T>(reply: CallReply<T>): T {
  if ('error' in reply) throw new CallError(reply.error.code, reply.error.message, reply.error.params ?? {});
  return reply.ok;
}

export const api: SafeSwitchApi = new Proxy({} as SafeSwitchApi, {
  get: (_target, key) => {
    const target = bridge();
    if (key === 'on') return target.on;
    // Only the contract's calls: anything else (a `then` probe, a typo) is undefined, never a wrapper.
    const call = target[key as CallName] as ((request: unknown) => Promise<CallReply<unknown>>) | undefined;
    if (typeof call !== 'function') return undefined;
    return async (request: unknown) => unwrap(await call(request));
  },
});

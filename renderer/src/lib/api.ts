import type { SafeSwitchApi } from '@shared/api/contract';

declare global {
  interface Window {
    readonly safeswitch?: SafeSwitchApi;
  }
}

/**
 * The only reader of the bridge (preload in Electron, the preview's bridge script in a browser).
 * Everything in the renderer talks to main through this object.
 */
function bridge(): SafeSwitchApi {
  const api = window.safeswitch;
  if (!api) throw new Error('SafeSwitch bridge missing: open the app through Electron or the browser preview.');
  return api;
}

export const api: SafeSwitchApi = new Proxy({} as SafeSwitchApi, {
  get: (_target, key) => bridge()[key as keyof SafeSwitchApi],
});

/** A plain message from a failed call (main already phrases them for people). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

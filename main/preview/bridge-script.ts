import { CALL_NAMES, EVENT_NAMES } from '@shared/api/contract';

/**
 * The browser preview's stand-in for the preload: defines the same frozen `window.safeswitch`, but
 * over HTTP to the preview server on 127.0.0.1 with the per-run token from the page's URL.
 */
export function bridgeScript(): string {
  return `(() => {
  'use strict';
  const token = new URLSearchParams(window.location.search).get('token') || '';
  const calls = ${JSON.stringify(CALL_NAMES)};
  const events = ${JSON.stringify(EVENT_NAMES)};
  const listeners = new Map();
  let source = null;
  function connect() {
    if (source) return;
    source = new EventSource('/api/events?token=' + encodeURIComponent(token));
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data);
      for (const listener of listeners.get(event) || []) listener(payload);
    };
  }
  async function invoke(name, request) {
    const response = await fetch('/api/call/' + name, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-safeswitch-token': token },
      body: JSON.stringify(request === undefined ? {} : request),
    });
    // The reply whole, as the preload gives it: the renderer's api unwraps it.
    return response.json();
  }
  const api = {};
  for (const name of calls) api[name] = (request) => invoke(name, request);
  api.on = (event, listener) => {
    if (!events.includes(event)) throw new Error('unknown event: ' + event);
    connect();
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(listener);
    return () => listeners.get(event).delete(listener);
  };
  Object.defineProperty(window, 'safeswitch', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}

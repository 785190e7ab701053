import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, contentTypeFor, fileForAppUrl } from './app-url';

/**
 * Must run before the app is ready: app:// behaves like https (standard, secure origin). codeCache
 * lets V8 keep the compiled renderer between launches, so every launch after the first starts faster
 * (Electron 28+, standard schemes only).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Answers app:// from the built renderer only. Read with fs rather than net.fetch(file://…), so the
 * file protocol needs no privileges at all (its fuse is off in the package).
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = fileForAppUrl(request.url, rendererDir);
    const type = file ? contentTypeFor(file) : null;
    if (!file || !type) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: { 'content-type': type, 'x-content-type-options': 'nosniff' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

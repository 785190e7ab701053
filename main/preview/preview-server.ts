import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { EventName } from '@shared/api/contract';
import { failureFrom } from '../service/call-failure';
import { openService } from '../service/open-service';
import type { SafeSwitchService } from '../service/safeswitch-service';
import { bridgeScript } from './bridge-script';
import { readStatic } from './static-files';

/**
 * The browser preview: the built renderer and the same service over HTTP on 127.0.0.1, guarded by a
 * random per-run token. It exists so the real wizard can be driven in a real browser where the
 * Electron binary cannot be downloaded; it is never part of the packaged app.
 */
export interface PreviewOptions {
  readonly scenarioPath: string | null;
  readonly dataFolder: string;
  readonly rendererFolder: string;
  readonly port: number;
  readonly timeScale?: number;
}

export interface RunningPreview {
  readonly url: string;
  readonly token: string;
  readonly opened: string[];
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const token = randomBytes(24).toString('hex');
  const streams = new Set<ServerResponse>();
  const opened: string[] = [];
  const service = await openService({
    dataFolder: options.dataFolder,
    scenarioPath: options.scenarioPath,
    timeScale: options.timeScale,
    emit: (event: EventName, payload: unknown) => {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const stream of streams) stream.write(data);
    },
    quit: () => undefined,
    openExternal: async (url) => {
      opened.push(url);
      process.stdout.write(`[preview] the app asked to open ${url} in the browser\n`);
      return false;
    },
    openPath: async (path) => {
      opened.push(path);
      process.stdout.write(`[preview] the app asked to open ${path}\n`);
      return false;
    },
  });

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { error: { code: 'failed', message: 'internal error' } }));
  });
  let origin = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this origin: refuses DNS-rebinding hosts and cross-site requests.
    if (req.headers.host !== origin.replace('http://', '')) return send(res, 421, { error: { code: 'bad-host', message: 'wrong host' } });
    if (req.headers.origin && req.headers.origin !== origin) return send(res, 403, { error: { code: 'bad-origin', message: 'wrong origin' } });
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url, service);
    if (req.method !== 'GET') return send(res, 405, { error: { code: 'method', message: 'GET only' } });
    if (url.pathname === '/__preview/bridge.js') return sendText(res, 'text/javascript; charset=utf-8', bridgeScript());
    const file = await readStatic(options.rendererFolder, url.pathname);
    if (!file) return sendText(res, 'text/plain; charset=utf-8', 'not found', 404);
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // defer: fetched beside the app's module scripts, and still run before them (document order).
      const html = file.body.toString('utf8').replace('<head>', '<head>\n    <script defer src="/__preview/bridge.js"></script>');
      return sendText(res, file.type, html);
    }
    // Built assets carry a content hash in their names: a browser may keep them (and V8 its compiled
    // code for them) for good. Anything else is read fresh.
    const hashed = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/.test(url.pathname);
    res.writeHead(200, { 'content-type': file.type, 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, svc: SafeSwitchService): Promise<void> {
    const given = req.headers['x-safeswitch-token'] ?? url.searchParams.get('token') ?? '';
    if (!sameToken(String(given), token)) return send(res, 401, { error: { code: 'bad-token', message: 'missing or wrong token' } });
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname === '/api/opened' && req.method === 'GET') return send(res, 200, { ok: opened });
    const match = /^\/api\/call\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match || req.method !== 'POST') return send(res, 404, { error: { code: 'not-found', message: 'no such call' } });
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)) || '{}');
    } catch {
      return send(res, 400, { error: { code: 'bad-request', message: 'the request body is not JSON' } });
    }
    try {
      send(res, 200, { ok: await svc.invoke(match[1], body) });
    } catch (error) {
      send(res, 200, failureFrom(error));
    }
  }

  await listen(server, options.port);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    token,
    opened,
    close: () =>
      new Promise((done) => {
        for (const stream of streams) stream.end();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, 'application/json; charset=utf-8', JSON.stringify(body), status);
}

function sendText(res: ServerResponse, type: string, text: string, status = 200): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
}

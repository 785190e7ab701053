import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../../main/preview/preview-server';
import { tempFolder } from '../../helpers/temp-folder';

/** Raw HTTP so the test can send any Host/Origin header (fetch would fix them up). */
function http(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; cache: string }>((done, fail) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, cache: String(res.headers['cache-control'] ?? '') }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('browser preview server', () => {
  const data = tempFolder();
  const renderer = tempFolder();
  let preview: RunningPreview;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(join(renderer.path, 'assets'));
    writeFileSync(join(renderer.path, 'index.html'), '<html><head><title>x</title></head><body></body></html>');
    writeFileSync(join(renderer.path, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(renderer.path, 'assets', 'index-tMPw-tc2.js'), 'console.log(2)');
    preview = await startPreview({
      scenarioPath: 'tests/scenarios/win-kaspersky-basic.json',
      dataFolder: data.path,
      rendererFolder: renderer.path,
      port: 0,
      timeScale: 0,
    });
    origin = new URL(preview.url).origin;
  });
  afterAll(async () => {
    await preview.close();
    data.remove();
    renderer.remove();
  });

  it('listens on 127.0.0.1 only and prints a URL with a long random token', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('injects the bridge before the app and serves the renderer files', async () => {
    const index = await http(`${origin}/`);
    expect(index.body).toContain('<script defer src="/__preview/bridge.js"></script>');
    const bridge = await http(`${origin}/__preview/bridge.js`);
    expect(bridge.body).toContain("Object.defineProperty(window, 'safeswitch'");
    expect((await http(`${origin}/assets/app.js`)).status).toBe(200);
  });

  it('lets the browser keep built files named by their content hash, and nothing else', async () => {
    expect((await http(`${origin}/assets/index-tMPw-tc2.js`)).cache).toBe('public, max-age=31536000, immutable');
    expect((await http(`${origin}/assets/app.js`)).cache).toBe('no-store');
    expect((await http(`${origin}/`)).cache).toBe('no-store');
    expect((await http(`${origin}/__preview/bridge.js`)).cache).toBe('no-store');
  });

  it('answers a call with the right token', async () => {
    const reply = await http(`${origin}/api/call/getSession`, {
      method: 'POST',
      headers: { 'x-safeswitch-token': preview.token, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(reply.body).ok.machine.kind).toBe('simulated');
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { 'x-safeswitch-token': 'f'.repeat(48) }],
    ['a shorter token', { 'x-safeswitch-token': 'abc' }],
  ])('refuses API calls with %s', async (_label, headers) => {
    const reply = await http(`${origin}/api/call/getSession`, { method: 'POST', headers, body: '{}' });
    expect(reply.status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) and another Origin', async () => {
    const headers = { 'x-safeswitch-token': preview.token };
    expect((await http(`${origin}/`, { headers: { host: 'evil.example:80' } })).status).toBe(421);
    const cross = await http(`${origin}/api/call/getSession`, { method: 'POST', headers: { ...headers, origin: 'http://evil.example' }, body: '{}' });
    expect(cross.status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await http(`${origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await http(`${origin}/%E0%A4%A`)).status).toBe(404);
  });

  it('says plainly when a request body is not JSON or not valid', async () => {
    const headers = { 'x-safeswitch-token': preview.token };
    const notJson = await http(`${origin}/api/call/goToStep`, { method: 'POST', headers, body: '{' });
    expect(notJson.status).toBe(400);
    const invalid = await http(`${origin}/api/call/goToStep`, { method: 'POST', headers, body: '{"step":"format-disk"}' });
    expect(JSON.parse(invalid.body).error.code).toBe('bad-request');
    const unknown = await http(`${origin}/api/call/deleteEverything`, { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.body).error.code).toBe('bad-request');
  });

  // Last: if the call ran, it would move the journal on.
  it('refuses a body over 1 MiB without running the call, and keeps serving', async () => {
    const headers = { 'x-safeswitch-token': preview.token };
    const huge = JSON.stringify({ step: 'check', padding: 'x'.repeat(2 * 1024 * 1024) });
    const reply = await http(`${origin}/api/call/completeStep`, { method: 'POST', headers, body: huge }).catch((error: Error) => error);
    // The server cuts the upload off; a client may see the cut or the refusal, never an answer.
    if (!(reply instanceof Error)) expect(reply.status).not.toBe(200);
    const session = await http(`${origin}/api/call/getSession`, { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(session.body).ok.journal.step).toBe('check');
  });
});

import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, EVENT_NAMES, callChannel, eventChannel } from '@shared/api/contract';
import { BUILT_MAIN, BUILT_RENDERER_HTML, OUT_DIR, REPO_ROOT, requireBuiltApp } from '../helpers/built-app';
import { cspProblems, readMetaCsp } from '../helpers/csp';
import { createFakeElectron, type ElectronRecord, type FakeWebContents, type FakeWindow, type Listener } from '../helpers/fake-electron';
import { requireWithFakeModule } from '../helpers/require-with-fake-module';
import { runPreload } from '../helpers/run-preload';

/**
 * The Electron shell, as built (out/main/index.js), loaded under plain Node with a stand-in
 * `electron` module: the window's security options, the preload and renderer it points at, the
 * navigation / new-window / permission guards, and the IPC door (channels, sender and payload checks).
 */
const SCENARIO = resolve(REPO_ROOT, 'tests/scenarios/win-kaspersky-basic.json');

let record: ElectronRecord;
let electronApp: NodeJS.EventEmitter;
let window: FakeWindow;
let restoreModules: () => void = () => undefined;
let dataFolder = '';
const savedArgv = process.argv;
const savedRendererUrl = process.env['ELECTRON_RENDERER_URL'];

beforeAll(async () => {
  requireBuiltApp();
  dataFolder = mkdtempSync(join(tmpdir(), 'safeswitch-shell-'));
  // Demo mode on a simulated machine, so starting the shell never looks at this computer.
  process.argv = [...savedArgv, '--scenario', SCENARIO];
  delete process.env['ELECTRON_RENDERER_URL'];
  const fake = createFakeElectron({
    userData: dataFolder,
    appData: dataFolder,
    home: dataFolder,
    documents: dataFolder,
    downloads: dataFolder,
    desktop: dataFolder,
    temp: dataFolder,
    logs: join(dataFolder, 'logs'),
    exe: process.execPath,
  });
  record = fake.record;
  electronApp = fake.electron['app'] as NodeJS.EventEmitter;
  restoreModules = requireWithFakeModule(BUILT_MAIN, 'electron', fake.electron, OUT_DIR);
  await vi.waitFor(() => {
    if (record.windows.length === 0) throw new Error('the shell has not opened its window yet');
  }, { timeout: 20_000, interval: 20 });
  window = record.windows[0]!;
}, 30_000);

afterAll(() => {
  restoreModules();
  process.argv = savedArgv;
  if (savedRendererUrl !== undefined) process.env['ELECTRON_RENDERER_URL'] = savedRendererUrl;
  if (dataFolder) rmSync(dataFolder, { recursive: true, force: true });
});

function webPreferences(): Record<string, unknown> {
  return window.options['webPreferences'] as Record<string, unknown>;
}

function preloadPath(): string {
  return webPreferences()['preload'] as string;
}

describe('the window', () => {
  it('opens exactly one window', () => {
    expect(record.windows).toHaveLength(1);
  });

  it('has the secure webPreferences', () => {
    expect(webPreferences()).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    for (const risky of ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'experimentalFeatures', 'webviewTag', 'enableBlinkFeatures']) {
      expect([undefined, false], risky).toContain(webPreferences()[risky]);
    }
  });

  it('fits the smallest supported screen (800x600)', () => {
    expect(Number(window.options['minWidth'] ?? 0)).toBeLessThanOrEqual(800);
    expect(Number(window.options['minHeight'] ?? 0)).toBeLessThanOrEqual(600);
  });

  it('loads the renderer from the app:// scheme, never file://', () => {
    expect(window.loaded).toEqual({ kind: 'url', target: 'app://safeswitch/index.html' });
  });

  it('uses the app icon', () => {
    expect(existsSync(String(window.options['icon']))).toBe(true);
    expect(String(window.options['icon'])).toMatch(/build[\\/]icon\.png$/);
  });
});

describe('the app:// scheme', () => {
  const fetchApp = async (url: string) => {
    const handler = record.protocolHandlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    return handler({ url });
  };

  it('is registered as a standard, secure scheme whose compiled code V8 keeps, before the window opens', () => {
    expect(record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) },
    ]);
  });

  it('serves the built renderer with its content type', async () => {
    const response = await fetchApp('app://safeswitch/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(readFileSync(BUILT_RENDERER_HTML, 'utf8'));
  });

  it('answers nothing outside out/renderer, whatever the URL says', async () => {
    for (const url of [
      'app://safeswitch/../main/index.js',
      'app://safeswitch/%2e%2e/main/index.js',
      'app://safeswitch/..%2fmain%2findex.js',
      'app://safeswitch/..%5cmain%5cindex.js',
      'app://safeswitch/index.html%00.js',
      'app://other-host/index.html',
      'app://safeswitch/no-such-file.js',
      'app://safeswitch/assets/',
    ]) {
      expect((await fetchApp(url)).status, url).toBe(404);
    }
  });
});

describe('the preload', () => {
  it('is an absolute path to a built file', () => {
    expect(isAbsolute(preloadPath())).toBe(true);
    expect(dirname(preloadPath())).toBe(resolve(OUT_DIR, 'preload'));
    expect(existsSync(preloadPath())).toBe(true);
  });

  it('is CommonJS that requires nothing but electron', () => {
    const source = readFileSync(preloadPath(), 'utf8');
    const literalRequires = [...source.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((match) => match[2]);
    expect(new Set(literalRequires)).toEqual(new Set(['electron']));
    // Running it proves it: ESM would not compile, any other require would throw.
    expect(new Set(runPreload(preloadPath()).required)).toEqual(new Set(['electron']));
  });

  it('exposes one frozen window.safeswitch with one function per call and on()', () => {
    const { exposed } = runPreload(preloadPath());
    expect([...exposed.keys()]).toEqual(['safeswitch']);
    const api = exposed.get('safeswitch') as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES, 'on'].sort());
    for (const key of Object.keys(api)) expect(typeof api[key], key).toBe('function');
  });

  it('sends only the request object on the call’s channel and hands back the reply whole', async () => {
    const run = runPreload(preloadPath());
    const api = run.exposed.get('safeswitch') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    run.nextReply = { ok: { answer: 42 } };
    await expect(api['getSession']!({}, 'extra', { sneaky: true })).resolves.toEqual({ ok: { answer: 42 } });
    expect(run.invoked).toEqual([[callChannel('getSession'), {}]]);
    // A failure stays a plain object: contextBridge would keep only a thrown Error's message, and the
    // screen needs the code and params to say it in the user's language.
    const failure = { error: { code: 'disk-full', message: 'The disk is full.', params: {} } };
    run.nextReply = failure;
    await expect(api['getSession']!({})).resolves.toEqual(failure);
  });

  it('hands event listeners the payload only, never the IPC event, and unsubscribes', () => {
    const run = runPreload(preloadPath());
    const api = run.exposed.get('safeswitch') as { on: (event: string, listener: (...args: unknown[]) => void) => () => void };
    const [eventName] = EVENT_NAMES;
    expect(eventName).toBeDefined();
    const received: unknown[][] = [];
    const unsubscribe = api.on(eventName!, (...args) => received.push(args));
    const channel = eventChannel(eventName!);
    const [listener] = run.listeners.get(channel) ?? [];
    expect(listener).toBeTypeOf('function');
    listener!({ sender: { send: () => undefined }, ports: [] }, { progress: 1 });
    expect(received).toEqual([[{ progress: 1 }]]);
    unsubscribe();
    expect(run.listeners.get(channel)).toEqual([]);
    expect(() => api.on('noSuchEvent', () => undefined)).toThrow();
  });
});

describe('the renderer entry', () => {
  const html = (): string => readFileSync(BUILT_RENDERER_HTML, 'utf8');

  it('has a strict Content-Security-Policy meta tag', () => {
    const csp = readMetaCsp(html());
    expect(csp, 'no <meta http-equiv="Content-Security-Policy"> in out/renderer/index.html').not.toBeNull();
    expect(cspProblems(csp!)).toEqual([]);
  });

  it('loads only its own script files, no inline code', () => {
    const scripts = [...html().matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes ?? '')?.[1];
      expect(src, 'a script without src (inline code)').toBeDefined();
      expect(src).not.toMatch(/^[a-z]+:|^\/\//i);
      expect(existsSync(resolve(dirname(BUILT_RENDERER_HTML), src!))).toBe(true);
      expect(body?.trim()).toBe('');
    }
  });
});

describe('the security guards', () => {
  function fakeEvent() {
    return { preventDefault: vi.fn() };
  }

  function guardedContents(): FakeWebContents {
    return window.webContents;
  }

  it('denies navigation away from the app', () => {
    const listeners = guardedContents().listeners('will-navigate') as Listener[];
    expect(listeners.length).toBeGreaterThan(0);
    const event = fakeEvent();
    for (const listener of listeners) listener(event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const handler = guardedContents().windowOpenHandler;
    expect(handler).toBeTypeOf('function');
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'about:blank']) {
      expect(handler!({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
  });

  it('guards every webContents created later too (devtools, webviews)', () => {
    const later = Object.assign(new EventEmitter(), {
      id: 999,
      windowOpenHandler: null as Listener | null,
      sent: [],
      setWindowOpenHandler(handler: Listener) {
        later.windowOpenHandler = handler;
      },
    });
    electronApp.emit('web-contents-created', {}, later);
    expect(later.listenerCount('will-navigate')).toBeGreaterThan(0);
    expect(later.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    expect(record.permissionRequestHandler).toBeTypeOf('function');
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      record.permissionRequestHandler!(window.webContents, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    if (record.permissionCheckHandler) {
      expect(record.permissionCheckHandler(window.webContents, 'media', 'file://', {})).toBe(false);
    }
  });
});

describe('the IPC door', () => {
  const call = (name: string, senderId: number, payload: unknown, frameUrl: string | undefined = 'app://safeswitch/index.html') => {
    const handler = record.handled.get(callChannel(name as (typeof CALL_NAMES)[number]));
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler({ sender: { id: senderId }, senderFrame: { url: frameUrl } }, payload) as Promise<
      { ok: unknown } | { error: { code: string; message: string } }
    >;
  };
  const trusted = (): number => window.webContents.id;

  it('registers exactly the contract’s call channels, with handle() only', () => {
    expect([...record.handled.keys()].sort()).toEqual(CALL_NAMES.map(callChannel).sort());
    expect(record.ipcOn).toEqual([]);
  });

  it('answers the app’s own window', async () => {
    const reply = await call('getSession', trusted(), {});
    expect(reply).toHaveProperty('ok');
    expect((reply as { ok: { machine: { kind: string } } }).ok.machine.kind).toBe('simulated');
  });

  it('opens the migration report through shell.openPath, never a path the window names', async () => {
    expect(await call('openMigrationReport', trusted(), { path: '/etc/passwd' })).toHaveProperty('error');
    expect(record.openedPaths).toEqual([]);
    expect(await call('setMigrationFolder', trusted(), { path: null })).toHaveProperty('ok');
    const reply = (await call('openMigrationReport', trusted(), {})) as { ok: { status: string; path: string } };
    expect(reply.ok.status).toBe('opened');
    expect(record.openedPaths).toHaveLength(1);
    expect(record.openedPaths[0]).toMatch(/[\\/]report\.html$/);
  });

  it('refuses an untrusted sender without running the call', async () => {
    const before = await call('getSession', trusted(), {});
    const reply = await call('completeStep', trusted() + 1000, { step: 'check' });
    expect(reply).toEqual({ error: { code: 'untrusted-sender', message: expect.any(String), params: {} } });
    expect(await call('getSession', trusted(), {})).toEqual(before);
  });

  it('refuses the app’s own window when its frame shows another page', async () => {
    for (const frameUrl of ['file:///app/out/renderer/index.html', 'https://example.com/', 'http://localhost:5173/', 'app://evil/index.html', '', 'app:safeswitch']) {
      const reply = await call('completeStep', trusted(), { step: 'check' }, frameUrl);
      expect(reply, String(frameUrl)).toEqual({ error: { code: 'untrusted-sender', message: expect.any(String), params: {} } });
    }
  });

  it('refuses an invalid payload with a plain message and no stack trace', async () => {
    for (const payload of [{ unexpected: true }, 'getSession', 42, [1, 2]]) {
      const reply = await call('getSession', trusted(), payload);
      expect(reply, JSON.stringify(payload)).toMatchObject({ error: { code: 'bad-request' } });
      expect((reply as { error: { message: string } }).error.message).not.toMatch(/\n\s+at /);
    }
    expect(await call('goToStep', trusted(), { step: 'not-a-step' })).toMatchObject({ error: { code: 'bad-request' } });
  });

  it('stops trusting the window once it is closed', async () => {
    const id = trusted();
    window.emit('closed');
    expect(await call('getSession', id, {})).toMatchObject({ error: { code: 'untrusted-sender' } });
  });
});

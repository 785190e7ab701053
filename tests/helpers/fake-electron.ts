import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module, enough to load the built main entry under plain Node and
 * record what it asks of Electron: window options, IPC handlers, security handlers. Anything the
 * shell uses that this fake lacks fails loudly (see `strict`), so a new Electron call is noticed.
 */
export type Listener = (...args: unknown[]) => unknown;

export interface FakeWebContents extends EventEmitter {
  readonly id: number;
  windowOpenHandler: Listener | null;
  readonly sent: { channel: string; payload: unknown }[];
}

export interface FakeWindow extends EventEmitter {
  readonly options: Record<string, unknown>;
  readonly webContents: FakeWebContents;
  loaded: { kind: 'file' | 'url'; target: string } | null;
}

export interface ElectronRecord {
  readonly windows: FakeWindow[];
  readonly handled: Map<string, Listener>;
  readonly ipcOn: string[];
  permissionRequestHandler: Listener | null;
  permissionCheckHandler: Listener | null;
  readonly openedExternally: string[];
  /** Files the shell asked shell.openPath to open (the migration report). */
  readonly openedPaths: string[];
  readonly paths: Record<string, string>;
  quitCalls: number;
  /** protocol.handle handlers by scheme, and what registerSchemesAsPrivileged was given. */
  readonly protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>;
  readonly privilegedSchemes: unknown[];
}

export interface FakeElectronOptions {
  /** What app.isPackaged says (false: a development run). */
  readonly isPackaged?: boolean;
}

/** Throws on any property the fake does not define, naming it. */
function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key in object || key === 'then' || key === 'toJSON') {
        return Reflect.get(object, key, receiver);
      }
      throw new Error(`The fake electron module has no ${name}.${key}; add it to tests/helpers/fake-electron.ts`);
    },
  });
}

export function createFakeElectron(
  paths: Record<string, string>,
  options: FakeElectronOptions = {},
): { electron: Record<string, unknown>; record: ElectronRecord } {
  const record: ElectronRecord = {
    windows: [],
    handled: new Map(),
    ipcOn: [],
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    openedExternally: [],
    openedPaths: [],
    paths,
    quitCalls: 0,
    protocolHandlers: new Map(),
    privilegedSchemes: [],
  };
  let nextId = 1;

  const appEvents = new EventEmitter();
  const app = strict('app', Object.assign(appEvents, {
    isPackaged: options.isPackaged ?? false,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    requestSingleInstanceLock: () => true,
    getPath: (name: string) => {
      const path = paths[name];
      if (!path) throw new Error(`fake app.getPath: no path for ${name}`);
      return path;
    },
    getAppPath: () => process.cwd(),
    getName: () => 'SafeSwitch',
    getVersion: () => '0.0.0-test',
    getLocale: () => 'en-US',
    setName: () => undefined,
    setAppUserModelId: () => undefined,
    quit: () => {
      record.quitCalls += 1;
    },
    exit: () => {
      record.quitCalls += 1;
    },
    focus: () => undefined,
    enableSandbox: () => undefined,
  }));

  function createWebContents(): FakeWebContents {
    const contents = Object.assign(new EventEmitter(), {
      id: nextId++,
      windowOpenHandler: null as Listener | null,
      sent: [] as { channel: string; payload: unknown }[],
    });
    return strict('webContents', Object.assign(contents, {
      setWindowOpenHandler: (handler: Listener) => {
        contents.windowOpenHandler = handler;
      },
      send: (channel: string, payload: unknown) => {
        contents.sent.push({ channel, payload });
      },
      isDestroyed: () => false,
      getURL: () => 'file:///app/out/renderer/index.html',
      openDevTools: () => undefined,
    })) as FakeWebContents;
  }

  class BrowserWindow extends EventEmitter {
    readonly options: Record<string, unknown>;
    readonly webContents: FakeWebContents;
    loaded: FakeWindow['loaded'] = null;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      this.webContents = createWebContents();
      record.windows.push(this as unknown as FakeWindow);
      // Like Electron: every new webContents is announced on the app.
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    loadFile(target: string) {
      this.loaded = { kind: 'file', target };
      return Promise.resolve();
    }
    loadURL(target: string) {
      this.loaded = { kind: 'url', target };
      return Promise.resolve();
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    removeMenu() {}
    setMenu() {}
    setMenuBarVisibility() {}
    close() {
      this.emit('closed');
    }
    static getAllWindows() {
      return record.windows;
    }
  }

  const ipcMain = strict('ipcMain', {
    handle: (channel: string, listener: Listener) => {
      if (record.handled.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      record.handled.set(channel, listener);
    },
    removeHandler: (channel: string) => {
      record.handled.delete(channel);
    },
    on: (channel: string) => {
      record.ipcOn.push(channel);
    },
    once: (channel: string) => {
      record.ipcOn.push(channel);
    },
  });

  const defaultSession = strict('session.defaultSession', {
    setPermissionRequestHandler: (handler: Listener) => {
      record.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler: (handler: Listener) => {
      record.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler: () => undefined,
    on: () => undefined,
    webRequest: { onHeadersReceived: () => undefined, onBeforeRequest: () => undefined },
  });

  const electron = strict('electron', {
    app,
    BrowserWindow,
    ipcMain,
    session: strict('session', { defaultSession }),
    shell: strict('shell', {
      openExternal: async (url: string) => {
        record.openedExternally.push(url);
      },
      // Electron resolves '' on success, else an error message.
      openPath: async (path: string) => {
        record.openedPaths.push(path);
        return '';
      },
      showItemInFolder: () => undefined,
    }),
    dialog: strict('dialog', {
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showMessageBox: async () => ({ response: 0 }),
      showErrorBox: () => undefined,
    }),
    Menu: strict('Menu', { setApplicationMenu: () => undefined, buildFromTemplate: () => ({}) }),
    protocol: strict('protocol', {
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        record.protocolHandlers.set(scheme, handler);
      },
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        record.privilegedSchemes.push(...schemes);
      },
    }),
    nativeTheme: { shouldUseDarkColors: false, on: () => undefined },
  });
  return { electron, record };
}

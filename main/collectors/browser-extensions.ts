import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '@shared/contracts/inventory';
import { knownExtensionIds, SECURITY_VENDOR_WORDS } from '@shared/detection/vendor-words';
import type { Collector } from './collector';

type Extension = { browser: string; id: string; name: string | null };

export interface BrowserRoots {
  /** Chromium "User Data" folders (Chrome, Edge, Chromium) by browser name. */
  readonly chromium: readonly { browser: string; dir: string }[];
  /** Firefox profile parents (each profile has extensions.json). */
  readonly firefox: readonly string[];
}

/** Where each browser keeps its profiles, per OS. */
export function defaultBrowserRoots(platform: Platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): BrowserRoots {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
    const roaming = env.APPDATA ?? join(home, 'AppData', 'Roaming');
    return {
      chromium: [
        { browser: 'chrome', dir: join(local, 'Google', 'Chrome', 'User Data') },
        { browser: 'edge', dir: join(local, 'Microsoft', 'Edge', 'User Data') },
      ],
      firefox: [join(roaming, 'Mozilla', 'Firefox', 'Profiles')],
    };
  }
  if (platform === 'darwin') {
    const support = join(home, 'Library', 'Application Support');
    return {
      chromium: [
        { browser: 'chrome', dir: join(support, 'Google', 'Chrome') },
        { browser: 'edge', dir: join(support, 'Microsoft Edge') },
      ],
      firefox: [join(support, 'Firefox', 'Profiles')],
    };
  }
  return {
    chromium: [
      { browser: 'chrome', dir: join(home, '.config', 'google-chrome') },
      { browser: 'edge', dir: join(home, '.config', 'microsoft-edge') },
      { browser: 'chromium', dir: join(home, '.config', 'chromium') },
    ],
    firefox: [join(home, '.mozilla', 'firefox')],
  };
}

async function list(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return []; // browser not installed, or profile unreadable: nothing to report
  }
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return null;
  }
}

/** A manifest name like `__MSG_extName__` is looked up in the extension's default locale. */
async function manifestName(versionDir: string): Promise<string | null> {
  const manifest = (await readJson(join(versionDir, 'manifest.json'))) as { name?: unknown; default_locale?: unknown } | null;
  const name = typeof manifest?.name === 'string' ? manifest.name : null;
  const key = name ? /^__MSG_(.+)__$/.exec(name)?.[1] : undefined;
  if (!key) return name;
  const locale = typeof manifest?.default_locale === 'string' ? manifest.default_locale : 'en';
  const messages = (await readJson(join(versionDir, '_locales', locale, 'messages.json'))) as Record<string, { message?: unknown }> | null;
  const entry = messages ? Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1] : undefined;
  return typeof entry?.message === 'string' ? entry.message : null;
}

async function chromiumExtensions(browser: string, userData: string): Promise<Extension[]> {
  const profiles = (await list(userData)).filter((p) => p === 'Default' || /^Profile \d+$/.test(p));
  const found: Extension[] = [];
  for (const profile of profiles) {
    const extDir = join(userData, profile, 'Extensions');
    for (const id of await list(extDir)) {
      const versions = await list(join(extDir, id));
      const latest = versions.sort().pop();
      const name = latest ? await manifestName(join(extDir, id, latest)) : null;
      found.push({ browser, id, name });
    }
  }
  return found;
}

async function firefoxExtensions(profilesDir: string): Promise<Extension[]> {
  const found: Extension[] = [];
  for (const profile of await list(profilesDir)) {
    const data = (await readJson(join(profilesDir, profile, 'extensions.json'))) as { addons?: unknown } | null;
    const addons = Array.isArray(data?.addons) ? (data.addons as { id?: unknown; defaultLocale?: { name?: unknown } }[]) : [];
    for (const addon of addons) {
      if (typeof addon.id !== 'string') continue;
      const name = typeof addon.defaultLocale?.name === 'string' ? addon.defaultLocale.name : null;
      found.push({ browser: 'firefox', id: addon.id, name });
    }
  }
  return found;
}

/** Only extensions the catalog knows or whose name mentions a security vendor, once per browser. */
export function keepSecurityExtensions(all: readonly Extension[]): Extension[] {
  const known = knownExtensionIds();
  const seen = new Set<string>();
  return all.filter((e) => {
    const key = `${e.browser}\u0000${e.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return known.has(e.id.toLowerCase()) || (e.name !== null && SECURITY_VENDOR_WORDS.test(e.name));
  });
}

export function createBrowserExtensionsCollector(roots?: BrowserRoots): Collector {
  return {
    name: 'browser-extensions',
    platforms: ['win32', 'darwin', 'linux'],
    timeoutMs: 10_000,
    async collect(context) {
      const r = roots ?? defaultBrowserRoots(context.platform);
      const lists = await Promise.all([
        ...r.chromium.map((c) => chromiumExtensions(c.browser, c.dir)),
        ...r.firefox.map((dir) => firefoxExtensions(dir)),
      ]);
      return { browserExtensions: keepSecurityExtensions(lists.flat()) };
    },
  };
}

export const browserExtensionsCollector = createBrowserExtensionsCollector();

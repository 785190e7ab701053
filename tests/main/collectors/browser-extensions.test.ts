import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBrowserExtensionsCollector, defaultBrowserRoots } from '../../../main/collectors/browser-extensions';
import { fakeContext } from './fake-run';

function chromeExtension(userData: string, profile: string, id: string, manifest: object, messages?: object) {
  const dir = join(userData, profile, 'Extensions', id, '2.4.33.0_0');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  if (messages) {
    mkdirSync(join(dir, '_locales', 'en'), { recursive: true });
    writeFileSync(join(dir, '_locales', 'en', 'messages.json'), JSON.stringify(messages));
  }
}

describe('browser extensions', () => {
  it('keeps known ids and security-vendor names only, resolving __MSG_ names', async () => {
    const root = mkdtempSync(join(tmpdir(), 'browsers-'));
    const chrome = join(root, 'chrome');
    chromeExtension(chrome, 'Default', 'ahkjpbeeocnddjkakilopmfdlnjdpcdm', { name: '__MSG_name__', default_locale: 'en' }, { name: { message: 'Kaspersky Protection' } });
    chromeExtension(chrome, 'Profile 1', 'abcdefghijabcdefghijabcdefghijab', { name: 'Avast Online Security & Privacy' });
    chromeExtension(chrome, 'Default', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', { name: 'Dark Reader' });
    chromeExtension(chrome, 'System Profile', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', { name: 'Kaspersky Something' });
    const firefox = join(root, 'firefox');
    mkdirSync(join(firefox, 'x1.default'), { recursive: true });
    writeFileSync(join(firefox, 'x1.default', 'extensions.json'), JSON.stringify({
      addons: [
        { id: 'light_plugin_7571494CE0B94E11BB762B659A4AD71F@kaspersky.com', defaultLocale: { name: 'Kaspersky Protection' } },
        { id: 'uBlock0@raymondhill.net', defaultLocale: { name: 'uBlock Origin' } },
      ],
    }));
    mkdirSync(join(firefox, 'broken'));
    writeFileSync(join(firefox, 'broken', 'extensions.json'), '{oops');

    const collector = createBrowserExtensionsCollector({ chromium: [{ browser: 'chrome', dir: chrome }, { browser: 'edge', dir: join(root, 'none') }], firefox: [firefox] });
    const { browserExtensions } = await collector.collect(fakeContext('linux', () => { throw new Error('no commands'); }));
    expect(browserExtensions).toEqual(expect.arrayContaining([
      { browser: 'chrome', id: 'ahkjpbeeocnddjkakilopmfdlnjdpcdm', name: 'Kaspersky Protection' },
      { browser: 'chrome', id: 'abcdefghijabcdefghijabcdefghijab', name: 'Avast Online Security & Privacy' },
      { browser: 'firefox', id: 'light_plugin_7571494CE0B94E11BB762B659A4AD71F@kaspersky.com', name: 'Kaspersky Protection' },
    ]));
    expect(browserExtensions).toHaveLength(3);
  });

  it('knows where each OS keeps browser profiles', () => {
    expect(defaultBrowserRoots('win32', { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', APPDATA: 'C:\\R' }, 'C:\\Users\\a').chromium[0]?.dir).toContain('Chrome');
    expect(defaultBrowserRoots('darwin', {}, '/Users/a').firefox[0]).toBe('/Users/a/Library/Application Support/Firefox/Profiles');
    expect(defaultBrowserRoots('linux', {}, '/home/a').chromium.map((c) => c.browser)).toEqual(['chrome', 'edge', 'chromium']);
  });
});

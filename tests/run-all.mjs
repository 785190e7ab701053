#!/usr/bin/env node
// The README's test command (`npm test`): builds once, then runs every suite — type checks, Vitest
// (unit, shell, package, lint, live Linux), Playwright (end to end in Chromium) — and ends with
// one line `N passed, N failed` totalling all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = join(root, 'tests/artifacts');
mkdirSync(artifacts, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(label, command, args) {
  process.stdout.write(`\n=== ${label}: ${[command, ...args].join(' ')}\n`);
  const started = Date.now();
  // node_modules/.bin holds .cmd shims on Windows, which only a shell can start.
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
  process.stdout.write(`=== ${label}: exit ${result.status ?? result.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result.status === 0;
}

function check(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Build (the CLI, the preview, the shell test and the package test use the built output).
check('build', run('build', bin('electron-vite'), ['build']));
// 2. Type checks of both worlds.
check('typecheck (main, shared, tests)', run('typecheck node', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']));
check('typecheck (renderer, shared)', run('typecheck web', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']));

// 3. Vitest: counted per test from its JSON report.
const vitestJson = join(artifacts, 'vitest-results.json');
rmSync(vitestJson, { force: true });
const vitestOk = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if (vitest.numFailedTests > 0) failures.push(`vitest: ${vitest.numFailedTests} failed`);
  // A suite that failed to load has no tests to count: count it as a failure.
  const broken = vitest.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  for (const file of broken) check(`vitest file ${file.name}`, false);
  if (!vitestOk && vitest.numFailedTests === 0 && broken.length === 0) check('vitest (exit code)', false);
} else check('vitest (no report)', false);

// 4. Playwright end to end in Chromium through the browser preview.
const pwJson = join(artifacts, 'playwright-results.json');
rmSync(pwJson, { force: true });
const pwOk = run('playwright', bin('playwright'), ['test']);
const pw = readJson(pwJson);
if (pw?.stats) {
  passed += pw.stats.expected + (pw.stats.flaky ?? 0);
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped ?? 0;
  if (pw.stats.unexpected > 0) failures.push(`playwright: ${pw.stats.unexpected} failed`);
  if (!pwOk && pw.stats.unexpected === 0) check('playwright (exit code)', false);
} else check('playwright (no report)', false);

if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
if (!existsSync(join(artifacts, 'walk-1-check-start.png'))) process.stdout.write('note: no wizard screenshots were written\n');
// .ci/run adds its own checks after this and prints the final line from these totals.
writeFileSync(join(artifacts, 'test-totals.json'), JSON.stringify({ passed, failed, skipped }));
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exitCode = failed === 0 ? 0 : 1;

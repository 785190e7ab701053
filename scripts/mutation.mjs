#!/usr/bin/env node
// `npm run mutation [-- MODULE …]`: StrykerJS on each module of stryker/modules.mjs in turn, each with
// only its own tests, then one table of scores. Exits 1 when any module is under 90%.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULES } from '../stryker/modules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(MODULES);
const rows = [];
for (const name of names) {
  const module = MODULES[name];
  if (!module) {
    process.stderr.write(`mutation: no module "${name}" (modules: ${Object.keys(MODULES).join(', ')})\n`);
    process.exit(2);
  }
  const started = Date.now();
  const env = { ...process.env, SAFESWITCH_MUTATION_MODULE: name, SAFESWITCH_MUTATION_TESTS: module.tests.join(',') };
  const run = spawnSync(process.execPath, [join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', 'stryker.config.mjs'], { cwd: root, env, stdio: 'inherit' });
  const report = JSON.parse(readFileSync(join(root, `tests/artifacts/mutation/${name}.json`), 'utf8'));
  const mutants = Object.values(report.files).flatMap((f) => f.mutants);
  const count = (s) => mutants.filter((m) => m.status === s).length;
  const detected = count('Killed') + count('Timeout');
  const valid = mutants.length - count('CompileError') - count('RuntimeError') - count('Ignored');
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  rows.push({ name, score, killed: detected, survived: count('Survived'), noCoverage: count('NoCoverage'), seconds: (Date.now() - started) / 1000, ok: run.status === 0 });
}
process.stdout.write('\nmodule                    score   detected  survived  no cover  time\n');
for (const r of rows) {
  process.stdout.write(`${r.name.padEnd(24)} ${r.score.toFixed(1).padStart(6)}%  ${String(r.killed).padStart(8)}  ${String(r.survived).padStart(8)}  ${String(r.noCoverage).padStart(8)}  ${r.seconds.toFixed(0)} s\n`);
}
process.exitCode = rows.every((r) => r.ok && r.score >= 90) ? 0 : 1;

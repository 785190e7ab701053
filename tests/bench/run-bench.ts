import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchFigure } from './bench-figure';

/**
 * `npm run bench`: runs every tests/bench/*-bench.ts module (after the build) and prints a table.
 * Figures are measured here, never asserted in tests.
 */
async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('-bench.ts') && f !== 'run-bench.ts')
    .filter((f) => !only || f.startsWith(only))
    .sort();
  const rows: Array<BenchFigure & { suite: string }> = [];
  for (const file of files) {
    const suite = file.replace(/-bench\.ts$/, '');
    process.stdout.write(`running ${suite}…\n`);
    const module = (await import(join(__dirname, file))) as { run: () => Promise<BenchFigure[]> };
    try {
      for (const figure of await module.run()) rows.push({ ...figure, suite });
    } catch (error) {
      process.stdout.write(`  ${suite} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
  process.stdout.write('\n| suite | figure | value | aim |\n|---|---|---|---|\n');
  for (const r of rows) process.stdout.write(`| ${r.suite} | ${r.name} | ${r.value} ${r.unit} | ${r.aim ?? ''} |\n`);
}

void main();

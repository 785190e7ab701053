import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Vitest for one mutation run: only the tests of the module being mutated (SAFESWITCH_MUTATION_TESTS,
// set by scripts/mutation.mjs). Files that do not exist yet are simply not matched.
const root = resolve(import.meta.dirname, '..');
const tests = (process.env['SAFESWITCH_MUTATION_TESTS'] ?? '').split(',').filter((t) => t !== '');

export default defineConfig({
  root,
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  test: { include: tests, environment: 'node', testTimeout: 20_000 },
});

// StrykerJS for `npm run mutation` (scripts/mutation.mjs sets the module through the environment).
import { MODULES } from './stryker/modules.mjs';

const name = process.env.SAFESWITCH_MUTATION_MODULE ?? '';
const module = MODULES[name];
if (!module) throw new Error(`SAFESWITCH_MUTATION_MODULE must be one of: ${Object.keys(MODULES).join(', ')}`);

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker/vitest.config.mts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: module.mutate,
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'json'],
  jsonReporter: { fileName: `tests/artifacts/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: 'tests/artifacts/stryker-tmp',
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['out', 'release', 'tests/artifacts', 'node_modules/.cache', '.git'],
};

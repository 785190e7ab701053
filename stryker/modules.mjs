// The modules whose silent change would hurt users most (issue 12, point 8), each mutated alone and
// tested only by its own tests, so one module takes minutes, not the whole suite's time per mutant.
// The password engine's example-based tests: reader, writers, read-back proof and their mutant
// tests. The pinned outputs and the fuzz tests are left out here: they cover every line with
// thousands of entries, so each mutant would take seconds instead of milliseconds.
const PASSWORD_TESTS = [
  'tests/shared/passwords/parse-kpm-export.test.ts',
  'tests/shared/passwords/parse-kpm-mutants.test.ts',
  'tests/shared/passwords/verify-conversion.test.ts',
  'tests/shared/passwords/verify-mutants.test.ts',
  'tests/shared/passwords/writers.test.ts',
  'tests/shared/passwords/spreadsheet-safe.test.ts',
];

export const MODULES = {
  'build-windows-command': {
    mutate: ['shared/removal/build-windows-command.ts'],
    tests: ['tests/shared/removal/build-command.test.ts', 'tests/shared/removal/hostile-strings.test.ts', 'tests/shared/removal/elevation-trust.test.ts', 'tests/shared/removal/windows-build-mutants.test.ts'],
  },
  'build-unix-command': {
    mutate: ['shared/removal/build-unix-command.ts'],
    tests: ['tests/shared/removal/build-command.test.ts', 'tests/shared/removal/hostile-strings.test.ts', 'tests/shared/removal/unix-build-mutants.test.ts'],
  },
  'parse-kpm-export': {
    mutate: ['shared/passwords/parse-kpm-export.ts'],
    tests: PASSWORD_TESTS,
  },
  'kpm-labels': {
    mutate: ['shared/passwords/kpm-labels.ts'],
    tests: PASSWORD_TESTS,
  },
  'verify-conversion': {
    mutate: ['shared/passwords/verify-conversion.ts'],
    tests: PASSWORD_TESTS,
  },
  'build-product': {
    mutate: ['shared/detection/build-product.ts'],
    tests: ['tests/shared/detection/match-inventory-table.test.ts', 'tests/shared/detection/vendor-separation.test.ts', 'tests/shared/detection/build-product-mutants.test.ts'],
  },
};

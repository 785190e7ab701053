// The modules whose silent change would hurt users most (issue 12, point 8), each mutated alone and
// tested only by its own tests, so one module takes minutes, not the whole suite's time per mutant.
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
    tests: ['tests/shared/passwords/parse-kpm-export.test.ts', 'tests/shared/passwords/parse-kpm-mutants.test.ts'],
  },
  'kpm-labels': {
    mutate: ['shared/passwords/kpm-labels.ts'],
    tests: ['tests/shared/passwords/parse-kpm-export.test.ts', 'tests/shared/passwords/parse-kpm-mutants.test.ts'],
  },
  'verify-conversion': {
    mutate: ['shared/passwords/verify-conversion.ts'],
    tests: ['tests/shared/passwords/verify-conversion.test.ts', 'tests/shared/passwords/verify-mutants.test.ts'],
  },
  'build-product': {
    mutate: ['shared/detection/build-product.ts'],
    tests: ['tests/shared/detection/match-inventory-table.test.ts', 'tests/shared/detection/vendor-separation.test.ts', 'tests/shared/detection/build-product-mutants.test.ts'],
  },
};

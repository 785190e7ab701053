'use strict';
// The project's own ESLint rules, registered as the `safeswitch` plugin in eslint.config.js.
module.exports = {
  meta: { name: 'eslint-plugin-safeswitch' },
  rules: {
    'import-layering': require('./import-layering'),
    'kebab-case-file-names': require('./kebab-case-file-names'),
  },
};

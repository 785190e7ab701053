'use strict';
// House style: every source file name is lowercase kebab-case, with optional dotted suffixes
// such as `.test`, `.spec`, `.config` or `.d` (`scan-report.ts`, `wizard-store.test.ts`).
const path = require('node:path');

const KEBAB_PART = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isKebabCaseFileName(fileName) {
  return fileName.split('.').every((part) => KEBAB_PART.test(part));
}

module.exports = {
  meta: {
    type: 'suggestion',
    docs: { description: 'File names are lowercase kebab-case.' },
    schema: [],
  },
  create(context) {
    const fileName = path.basename(context.physicalFilename ?? context.filename);
    return {
      Program(node) {
        if (!isKebabCaseFileName(fileName)) {
          context.report({ node, loc: { line: 1, column: 0 }, message: `File name '${fileName}' is not kebab-case (like 'scan-report.ts').` });
        }
      },
    };
  },
};

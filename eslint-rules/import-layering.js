'use strict';
// The import column of design.md ("The three rooms"), enforced on every import, export-from,
// dynamic import() and require(). Rooms are found from the file's path under the repo root.
const path = require('node:path');
const { builtinModules } = require('node:module');

const ROOT = path.resolve(__dirname, '..');
const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));

/** Files allowed to import `electron` at all: the Electron shell and the preload. */
const ELECTRON_FILES = [/^main\/index\.ts$/, /^main\/shell\//, /^main\/preload\//];
/** Files allowed to touch raw ipcMain / ipcRenderer: the typed wrappers. */
const RAW_IPC_FILES = [/^main\/shell\/ipc-main\.ts$/, /^main\/preload\//];
/** The only packages shared/ may use besides itself. */
const SHARED_PACKAGES = new Set(['zod', 'papaparse']);

const toPosix = (p) => p.split(path.sep).join('/');
const matchesAny = (patterns, file) => patterns.some((pattern) => pattern.test(file));

/** The repo-relative path of the file being linted, or null when it lies outside the repo. */
function fileInRepo(context) {
  const filename = context.physicalFilename ?? context.filename;
  const relative = toPosix(path.relative(ROOT, path.resolve(filename)));
  return relative.startsWith('../') ? null : relative;
}

function roomOf(relativePath) {
  const top = relativePath.split('/')[0];
  return ['main', 'shared', 'renderer', 'tests'].includes(top) ? top : 'other';
}

/** What an import specifier points at: a room of this repo, electron, a Node builtin or a package. */
function classify(specifier, fromFile) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = toPosix(path.relative(ROOT, path.resolve(ROOT, path.dirname(fromFile), specifier)));
    return { kind: 'room', room: target.startsWith('../') ? 'outside' : roomOf(target), target };
  }
  if (specifier === '@shared' || specifier.startsWith('@shared/')) {
    return { kind: 'room', room: 'shared', target: specifier.replace(/^@shared/, 'shared') };
  }
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { kind: 'electron' };
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(bare.split('/')[0])) return { kind: 'node' };
  const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  return { kind: 'package', packageName };
}

/** Returns the reason an import is not allowed in this file, or null when it is fine. */
function violation(file, specifier) {
  const room = roomOf(file);
  const target = classify(specifier, file);
  if (room === 'shared') {
    if (target.kind === 'room' && target.room === 'shared') return null;
    if (target.kind === 'package' && SHARED_PACKAGES.has(target.packageName)) return null;
    return `shared/ is pure TypeScript: it may import only shared/, zod and papaparse, not '${specifier}'.`;
  }
  if (room === 'renderer') {
    if (target.kind === 'electron') return `renderer/ runs in the sandboxed window: no '${specifier}'; use the api module.`;
    if (target.kind === 'node') return `renderer/ runs in the sandboxed window: no Node module '${specifier}'.`;
    if (target.kind === 'room' && (target.room === 'main' || target.room === 'tests')) {
      return `renderer/ may not import ${target.room}/ ('${specifier}'); share code through shared/.`;
    }
    return null;
  }
  if (room === 'main') {
    if (target.kind === 'electron' && !matchesAny(ELECTRON_FILES, file)) {
      return `'electron' belongs only in the Electron shell (main/index.ts, main/shell/, main/preload/), not here.`;
    }
    if (target.kind === 'room' && (target.room === 'renderer' || target.room === 'tests')) {
      return `main/ may not import ${target.room}/ ('${specifier}').`;
    }
    if (file.startsWith('main/preload/')) {
      if (target.kind === 'node') return `The sandboxed preload cannot load Node module '${specifier}'.`;
      if (target.kind === 'room' && target.room === 'main' && !target.target.startsWith('main/preload/')) {
        return `The preload may import only electron, shared/ and main/preload/, not '${specifier}'.`;
      }
    }
  }
  return null;
}

const RAW_IPC_NAMES = new Set(['ipcMain', 'ipcRenderer']);

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import rules of the three rooms (design.md) and the typed IPC wrappers.' },
    schema: [],
  },
  create(context) {
    const file = fileInRepo(context);
    if (file === null) return {};
    const rawIpcAllowed = roomOf(file) === 'tests' || matchesAny(RAW_IPC_FILES, file);

    function checkSource(node, sourceNode) {
      if (!sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const reason = violation(file, sourceNode.value);
      if (reason) context.report({ node, message: reason });
    }
    function checkRawIpcName(node, name) {
      if (!rawIpcAllowed && RAW_IPC_NAMES.has(name)) {
        context.report({
          node,
          message: `Raw ${name} only in the typed wrappers (main/shell/ipc-main.ts, main/preload/); use them instead.`,
        });
      }
    }

    return {
      ImportDeclaration(node) {
        checkSource(node, node.source);
        const fromElectron = classify(node.source.value, file).kind === 'electron';
        for (const specifier of node.specifiers) {
          if (fromElectron && specifier.type === 'ImportSpecifier') {
            checkRawIpcName(specifier, specifier.imported.name ?? specifier.imported.value);
          }
        }
      },
      ExportNamedDeclaration(node) {
        if (node.source) checkSource(node, node.source);
      },
      ExportAllDeclaration(node) {
        checkSource(node, node.source);
      },
      ImportExpression(node) {
        checkSource(node, node.source);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
          checkSource(node, node.arguments[0]);
        }
      },
      MemberExpression(node) {
        if (!node.computed && node.property.type === 'Identifier') checkRawIpcName(node, node.property.name);
      },
      Property(node) {
        // const { ipcMain } = require('electron') / await import('electron')
        if (node.parent.type === 'ObjectPattern' && node.key.type === 'Identifier') checkRawIpcName(node, node.key.name);
      },
    };
  },
};

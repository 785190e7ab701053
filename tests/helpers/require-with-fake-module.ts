import Module from 'node:module';

type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;
const moduleInternals = Module as unknown as {
  _resolveFilename: ResolveFilename;
  _cache: Record<string, { id: string; filename: string; loaded: boolean; exports: unknown } | undefined>;
};

/**
 * Loads a built CommonJS file with `require(name)` answered by `fake` (e.g. a stand-in `electron`).
 * The name is resolved to a marker id placed in the require cache, so the real package is never read.
 * Returns a function that undoes the hook and forgets every module loaded from `forgetUnder`.
 */
export function requireWithFakeModule(file: string, name: string, fake: unknown, forgetUnder: string): () => void {
  const marker = `\0fake-module:${name}`;
  const original = moduleInternals._resolveFilename;
  moduleInternals._resolveFilename = function resolveFilename(request, parent, isMain, options) {
    if (request === name) return marker;
    return original.call(this, request, parent, isMain, options);
  };
  moduleInternals._cache[marker] = { id: marker, filename: marker, loaded: true, exports: fake };
  const restore = (): void => {
    moduleInternals._resolveFilename = original;
    delete moduleInternals._cache[marker];
    for (const key of Object.keys(moduleInternals._cache)) {
      if (key.startsWith(forgetUnder)) delete moduleInternals._cache[key];
    }
  };
  try {
    Module.createRequire(file)(file);
  } catch (error) {
    restore();
    throw error;
  }
  return restore;
}

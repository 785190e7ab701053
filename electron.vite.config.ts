import { chmodSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': resolve(__dirname, 'shared') };
const version = (JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The CLI is the package's `bin`. npm sets the run bit only when it links a package at install
 * time; every later build writes the file anew without it, and `npx safeswitch` then fails with
 * "Permission denied". So the build sets it itself.
 */
const cliRunBit = {
  name: 'safeswitch-cli-run-bit',
  writeBundle(options: { dir?: string }, bundle: Record<string, unknown>) {
    if (options.dir && 'cli.js' in bundle) chmodSync(join(options.dir, 'cli.js'), 0o755);
  },
};

/**
 * One output folder (out/): main (Electron shell, CLI, preview server, bench), preload (one bundled
 * CommonJS file, as a sandboxed preload must be) and the renderer.
 */
export default defineConfig({
  main: {
    resolve: { alias },
    plugins: [cliRunBit],
    define: { __SAFESWITCH_VERSION__: JSON.stringify(version) },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          cli: resolve(__dirname, 'main/cli/cli-entry.ts'),
          preview: resolve(__dirname, 'main/preview/preview-entry.ts'),
        },
        output: {
          // The CLI is the package's `bin`: it needs its shebang.
          banner: (chunk: { name: string }) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});

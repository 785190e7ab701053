import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Paths of the built app (out/), produced by `npm run build` (electron-vite). */
export const REPO_ROOT = resolve(__dirname, '../..');
export const OUT_DIR = resolve(REPO_ROOT, 'out');
export const BUILT_MAIN = resolve(OUT_DIR, 'main/index.js');
export const BUILT_RENDERER_HTML = resolve(OUT_DIR, 'renderer/index.html');

/** Fails with a plain instruction when the build is missing, rather than a confusing ENOENT. */
export function requireBuiltApp(): void {
  for (const file of [BUILT_MAIN, BUILT_RENDERER_HTML]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (electron-vite build) before this test.`);
  }
}

#!/usr/bin/env node
// Runs before `npm start`, `npm run dev` and `npm run dist`. Electron 42 and later no longer
// download their binary at `npm install` time, and electron-vite reads node_modules/electron/path.txt
// itself and throws a bare "Electron uninstall" when it is missing. So we ask Electron's own
// installer (node_modules/electron/install.js, the `install-electron` bin) to fetch it first, and
// where that cannot work (no network) we end with one plain line instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Tests point this at a stand-in package; users never set it.
const electronDir = process.env.SAFESWITCH_ELECTRON_PACKAGE_DIR ?? join(root, 'node_modules', 'electron');

/** The binary is there when path.txt names a file inside dist/ and dist/version matches. */
export function electronBinaryPresent(dir) {
  try {
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const version = readFileSync(join(dir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    const wanted = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    return relative !== '' && version === wanted && existsSync(join(dir, 'dist', relative));
  } catch {
    return false;
  }
}

/** The first line of what the installer said that names the cause, e.g. "TypeError: fetch failed". */
function causeOf(output) {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('at '));
  return lines.find((l) => /error|fail|enotfound|eai_again|econn/i.test(l)) ?? lines[0] ?? 'no reason given';
}

function main() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH || process.env.ELECTRON_EXEC_PATH) return 0;
  if (!existsSync(join(electronDir, 'package.json'))) {
    process.stderr.write('safeswitch: Electron is not installed (node_modules/electron is missing). Run `npm ci` first.\n');
    return 1;
  }
  if (electronBinaryPresent(electronDir)) return 0;
  process.stdout.write('Downloading the Electron program (once, about 100 MB)...\n');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  if (result.status === 0 && electronBinaryPresent(electronDir)) return 0;
  const said = causeOf(`${result.stderr ?? ''}\n${result.stdout ?? ''}${result.error ? `\n${result.error.message}` : ''}`);
  process.stderr.write(
    `safeswitch: the Electron program could not be downloaded (${said}), so the app cannot open. ` +
      'Connect to the internet and try again, or run `npm run preview`, which works offline in your browser.\n',
  );
  return 1;
}

// Imported by tests for electronBinaryPresent; run as a script otherwise.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();

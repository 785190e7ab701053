import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/built-app';

/**
 * scripts/ensure-electron.mjs, which `npm start`, `npm run dev` and `npm run dist` run first: with
 * the Electron binary absent and no network it must end with one plain line (no stack trace);
 * with a working installer it must succeed quietly.
 */
const SCRIPT = join(REPO_ROOT, 'scripts/ensure-electron.mjs');
const folders: string[] = [];

afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A stand-in node_modules/electron whose install.js does what `installer` says. */
function standInElectron(installer: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'safeswitch-electron-'));
  folders.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  writeFileSync(join(dir, 'install.js'), installer);
  return dir;
}

function run(dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SAFESWITCH_ELECTRON_PACKAGE_DIR: dir };
  delete env['ELECTRON_OVERRIDE_DIST_PATH'];
  delete env['ELECTRON_EXEC_PATH'];
  return spawnSync(process.execPath, [SCRIPT], { env, encoding: 'utf8', timeout: 30_000 });
}

// What @electron/get prints when it cannot reach the network (captured on this machine).
const OFFLINE_INSTALLER = `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13\\n    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)'); process.exit(1);`;

describe('ensure-electron', () => {
  it('ends with one plain line naming what is missing and the offline preview, when the download fails', () => {
    const result = run(standInElectron(OFFLINE_INSTALLER));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^safeswitch: the Electron program could not be downloaded \(TypeError: fetch failed\)/);
    expect(lines[0]).toContain('npm run preview');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so plainly when the installer itself crashes or is missing', () => {
    const dir = standInElectron('');
    rmSync(join(dir, 'install.js'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('npm run preview');
  });

  it('succeeds once the installer lays the binary out', () => {
    const dir = standInElectron(`const fs=require('fs');fs.mkdirSync('dist',{recursive:true});fs.writeFileSync('dist/electron','');fs.writeFileSync('dist/version','v45.4.1');fs.writeFileSync('path.txt','electron');`);
    const result = run(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, 'dist/electron'))).toBe(true);
    // Second run: present, so the installer is not started again.
    writeFileSync(join(dir, 'install.js'), 'process.exit(3)');
    expect(run(dir).status).toBe(0);
  });

  it('fetches again when the binary on disk is another version', () => {
    const dir = standInElectron(OFFLINE_INSTALLER);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/electron'), '');
    writeFileSync(join(dir, 'dist/version'), '44.0.0');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(run(dir).status).toBe(1);
  });

  it('with the real electron package here: ok where its binary exists, else the one line', () => {
    const real = join(REPO_ROOT, 'node_modules/electron');
    const result = run(real);
    const present = existsSync(join(real, 'path.txt'));
    if (present) expect(result.status).toBe(0);
    else {
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

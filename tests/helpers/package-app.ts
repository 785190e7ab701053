import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './built-app';

/** The stand-in Electron binary: a shell script, recognisable in the packaged folder. */
export const FAKE_ELECTRON_MARKER = 'stand-in electron for the SafeSwitch package test';
export const PINNED_ELECTRON_VERSION = '45.4.1';
/** @electron/fuses' sentinel (its constants.js), which precedes the fuse wire in the binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** RunAsNode, CookieEncryption, NODE_OPTIONS, inspect, asar integrity, asar only, V8 snapshot, file:// privileges. */
export const ELECTRON_DEFAULT_FUSES = '10110001';

/**
 * Lays out a stand-in Electron distribution (what electron-builder copies as the app's shell when
 * `electronDist` is given): the executable, an empty resources/ folder and the version file.
 */
export function createStandInElectronDist(folder: string): string {
  mkdirSync(join(folder, 'resources'), { recursive: true });
  const executable = join(folder, 'electron');
  // Electron's fuse wire as @electron/fuses finds it in a real binary: the sentinel, wire version 1,
  // its length, then one byte a fuse ('1' on, '0' off), here Electron's own defaults.
  const fuseWire = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES, 'latin1')]);
  writeFileSync(executable, Buffer.concat([Buffer.from(`#!/bin/sh\n# ${FAKE_ELECTRON_MARKER}\nexit 0\n# `), fuseWire, Buffer.from('\n')]));
  chmodSync(executable, 0o755);
  writeFileSync(join(folder, 'version'), PINNED_ELECTRON_VERSION);
  writeFileSync(join(folder, 'LICENSE'), 'stand-in\n');
  return folder;
}

export interface PackagedApp {
  /** The unpacked app folder (linux-unpacked or linux-<arch>-unpacked). */
  readonly appDir: string;
  readonly log: string;
}

/**
 * `electron-builder --linux dir` with the project's electron-builder.yml, a stand-in Electron and
 * the output in `outputDir`. Nothing may be downloaded: proxies point at a closed port, so any
 * attempt fails fast and loudly instead of hanging, and the cache is a fresh empty folder.
 */
export async function packageWithStandInElectron(workDir: string, timeoutMs: number): Promise<PackagedApp> {
  const electronDist = createStandInElectronDist(join(workDir, 'electron-dist'));
  const outputDir = join(workDir, 'release');
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  const closedPort = 'http://127.0.0.1:9';
  const args = [
    join(REPO_ROOT, 'node_modules/electron-builder/cli.js'),
    '--linux',
    'dir',
    `--${arch}`,
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${PINNED_ELECTRON_VERSION}`,
    `-c.directories.output=${outputDir}`,
  ];
  // electron-builder stays silent when it sees VITEST; the test wants its log.
  const parentEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const env = {
    ...parentEnv,
    ELECTRON_BUILDER_CACHE: join(workDir, 'cache'),
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    HTTP_PROXY: closedPort,
    HTTPS_PROXY: closedPort,
    http_proxy: closedPort,
    https_proxy: closedPort,
    NO_PROXY: '',
    no_proxy: '',
  };
  const log = await new Promise<string>((done, fail) => {
    execFile(process.execPath, args, { cwd: REPO_ROOT, env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`;
      if (error) fail(new Error(`electron-builder failed (${error.message}):\n${output}`));
      else done(output);
    });
  });
  const unpacked = readdirSync(outputDir).find((name) => /^linux-(.+-)?unpacked$/.test(name));
  if (!unpacked) throw new Error(`electron-builder wrote no linux-unpacked folder in ${outputDir}:\n${log}`);
  return { appDir: join(outputDir, unpacked), log };
}

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in `kesl` package for live Linux tests (research detection.md §2.2: Kaspersky Endpoint
 * Security for Linux ships as the `kesl` package, unit `kesl`). No Kaspersky code: it holds one
 * marker file, a copy of coreutils `sleep` installed as /opt/kaspersky/kesl/bin/kesl (so a
 * running process is named "kesl"), and a systemd unit kesl.service that would start it. Detection
 * must find it as it would find the real package: package name and version, unit, process.
 * Installing needs root and dpkg.
 *
 * Live tests in different Vitest workers install and remove the same package, so each holds
 * `acquireStandInLock()` for as long as it uses the package (a lock file with the holder's pid).
 */
export const STAND_IN_MARKER = '/opt/kaspersky/kesl/SAFESWITCH-STAND-IN';
export const STAND_IN_MAINTAINER = 'SafeSwitch tests <tests@safeswitch.invalid>';
export const STAND_IN_VERSION = '12.0.0-4871';
export const STAND_IN_BINARY = '/opt/kaspersky/kesl/bin/kesl';
export const STAND_IN_UNIT = '/lib/systemd/system/kesl.service';
const LOCK = join(tmpdir(), 'safeswitch-stand-in-kesl.lock');

/** `dpkg-query -W -f FORMAT NAME`, or null when the package is unknown. */
export function dpkgField(name: string, format: string): string | null {
  try {
    return execFileSync('/usr/bin/dpkg-query', ['-W', `-f=${format}`, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** Why a live stand-in test cannot run here, or null when it can. */
export function standInSkipReason(): string | null {
  if (process.platform !== 'linux') return 'needs Linux';
  if (process.getuid?.() !== 0) return 'needs root (installs and removes a package; runs as root in CI)';
  for (const tool of ['/usr/bin/dpkg', '/usr/bin/dpkg-deb', '/usr/bin/dpkg-query', '/usr/bin/apt-get']) {
    if (!existsSync(tool)) return `needs Debian's ${tool}`;
  }
  const installed = dpkgField('kesl', '${db:Status-Abbrev}|${Maintainer}');
  if (installed?.startsWith('ii') && !installed.includes(STAND_IN_MAINTAINER)) return 'a real kesl package is installed here; not touching it';
  return null;
}

export function isStandInInstalled(): boolean {
  return (dpkgField('kesl', '${db:Status-Abbrev}') ?? '').startsWith('ii');
}

/** Builds the stand-in .deb inside `dir` and returns its path; changes nothing outside `dir`. */
export function buildStandInKesl(dir: string): string {
  const root = join(dir, 'kesl');
  mkdirSync(join(root, 'DEBIAN'), { recursive: true });
  mkdirSync(join(root, 'opt/kaspersky/kesl/bin'), { recursive: true });
  mkdirSync(join(root, 'lib/systemd/system'), { recursive: true });
  writeFileSync(
    join(root, 'DEBIAN/control'),
    [
      'Package: kesl',
      `Version: ${STAND_IN_VERSION}`,
      'Architecture: all',
      `Maintainer: ${STAND_IN_MAINTAINER}`,
      'Section: misc',
      'Priority: optional',
      'Description: SafeSwitch test stand-in for Kaspersky Endpoint Security for Linux',
      ' No Kaspersky code: a marker file, a copy of sleep named kesl and a unit file, used only by live tests.',
      '',
    ].join('\n'),
  );
  writeFileSync(join(root, STAND_IN_MARKER.slice(1)), 'stand-in\n');
  const binary = join(root, STAND_IN_BINARY.slice(1));
  copyFileSync('/bin/sleep', binary);
  chmodSync(binary, 0o755);
  writeFileSync(
    join(root, STAND_IN_UNIT.slice(1)),
    ['[Unit]', 'Description=Kaspersky Endpoint Security stand-in (SafeSwitch test)', '', '[Service]', `ExecStart=${STAND_IN_BINARY} infinity`, '', '[Install]', 'WantedBy=multi-user.target', ''].join('\n'),
  );
  const deb = join(dir, `kesl_${STAND_IN_VERSION}_all.deb`);
  execFileSync('/usr/bin/dpkg-deb', ['--root-owner-group', '--build', root, deb], { stdio: 'ignore' });
  return deb;
}

/** Installs the stand-in (`dpkg -i`): the given .deb, or one built in a temporary folder. */
export function installStandInKesl(debPath?: string): void {
  const reason = standInSkipReason();
  if (reason) throw new Error(`cannot install the stand-in kesl: ${reason}`);
  if (debPath) {
    execFileSync('/usr/bin/dpkg', ['-i', debPath], { stdio: 'ignore' });
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'safeswitch-stand-in-kesl-'));
  try {
    execFileSync('/usr/bin/dpkg', ['-i', buildStandInKesl(folder)], { stdio: 'ignore' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Starts the long-running "kesl" process the way its unit would (needs the package installed). */
export function startStandInKeslProcess(): ChildProcess {
  const child = spawn(STAND_IN_BINARY, ['infinity'], { stdio: 'ignore' });
  child.on('error', () => undefined); // reported by the test's assertions, not as an unhandled error
  child.unref();
  return child;
}

export function stopStandInKeslProcess(child: ChildProcess | null | undefined): void {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

/** Stops the stand-in process (if given) and purges the package if it is ours. */
export function removeStandInKesl(child?: ChildProcess | null): void {
  try {
    stopStandInKeslProcess(child);
  } finally {
    purgeStandInKesl();
  }
}

/** Purges the package if (and only if) it is our stand-in. */
export function purgeStandInKesl(): void {
  if (dpkgField('kesl', '${Maintainer}')?.includes(STAND_IN_MAINTAINER)) {
    execFileSync('/usr/bin/dpkg', ['--purge', 'kesl'], { stdio: 'ignore' });
  }
}

function holderAlive(): boolean {
  try {
    const pid = Number(readFileSync(LOCK, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for the stand-in lock; returns the release function. A dead holder's lock is taken over. */
export async function acquireStandInLock(timeoutMs = 300_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(LOCK, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive()) {
        rmSync(LOCK, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`the stand-in kesl lock ${LOCK} is still held`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }
}

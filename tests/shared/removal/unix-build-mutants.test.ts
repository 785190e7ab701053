import { describe, expect, it } from 'vitest';
import { buildUninstallCommand, type CommandEnvironment } from '@shared/removal';
import { makeProduct } from './make-product';

/**
 * Tests written against the survivors of `npm run mutation -- build-unix-command`: Linux package
 * names and managers, macOS uninstaller paths and their signature requirement.
 *
 * Survivor left, equivalent: normaliseManager's `return 'rpm'` → `return ''`: every later test is
 * "dpkg or not", so '' and 'rpm' build the same rpm command.
 */
const linux: CommandEnvironment = { platform: 'linux', logFolder: '/tmp/s', packageManager: null };
const mac: CommandEnvironment = { platform: 'darwin', logFolder: '/tmp/s' };
const onLinux = (removal: Record<string, unknown>, env: CommandEnvironment = linux) => buildUninstallCommand(makeProduct({ removal: { method: 'package-manager', ...removal } }), env);
const onMac = (uninstallerPath: string, vendor = 'Kaspersky') => buildUninstallCommand(makeProduct({ vendor, removal: { method: 'app-bundle', uninstallerPath } }), mac);
const SCRIPT = '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript';

describe('Linux', () => {
  it('nothing to remove without the package-manager method or without packages, said in the log detail', () => {
    expect(onLinux({ method: 'uninstaller' })).toMatchObject({ ok: false, refusal: { code: 'no-uninstall-entry', detail: 'method uninstaller, 0 packages' } });
    expect(onLinux({ packages: [] })).toMatchObject({ ok: false, refusal: { code: 'no-uninstall-entry', detail: 'method package-manager, 0 packages' } });
    expect(onLinux({ method: 'uninstaller', packages: ['kesl'] })).toMatchObject({ ok: false, refusal: { code: 'no-uninstall-entry', detail: 'method uninstaller, 1 packages' } });
  });

  it.each([
    ['dpkg', '/usr/bin/apt-get'],
    ['apt', '/usr/bin/apt-get'],
    ['deb', '/usr/bin/apt-get'],
    ['DPKG', '/usr/bin/apt-get'],
    ['rpm', '/usr/bin/rpm'],
    ['yum', '/usr/bin/rpm'],
    ['dnf', '/usr/bin/rpm'],
    ['zypper', '/usr/bin/rpm'],
  ])('the %s package manager -> %s, a 30-minute limit, from the detected packages', (packageManager, file) => {
    expect(onLinux({ packages: ['kesl'], packageManager })).toMatchObject({ ok: true, command: { file, timeoutMs: 1_800_000, source: 'packages', elevation: 'safeswitch-asks' } });
  });

  it('an unknown manager, or none known at all, is named in the refusal', () => {
    expect(onLinux({ packages: ['kesl'], packageManager: 'pacman' })).toMatchObject({ ok: false, refusal: { code: 'unknown-package-manager', detail: 'pacman' } });
    expect(onLinux({ packages: ['kesl'] })).toMatchObject({ ok: false, refusal: { code: 'unknown-package-manager', detail: 'none' } });
  });

  it('Debian names are stricter than RPM names: upper case and _ only for rpm, one letter only for rpm', () => {
    expect(onLinux({ packages: ['Kesl_X'], packageManager: 'rpm' }).ok).toBe(true);
    expect(onLinux({ packages: ['Kesl_X'], packageManager: 'dpkg' })).toMatchObject({ ok: false, refusal: { code: 'bad-package-name' } });
    expect(onLinux({ packages: ['k'], packageManager: 'rpm' }).ok).toBe(true);
    expect(onLinux({ packages: ['k'], packageManager: 'dpkg' })).toMatchObject({ ok: false, refusal: { code: 'bad-package-name' } });
  });

  it('an option disguised as a package never reaches an elevated rpm -e', () => {
    for (const name of ['--nodeps', '-e', 'kesl --nodeps']) {
      expect(onLinux({ packages: ['kesl', name], packageManager: 'rpm' }), name).toMatchObject({ ok: false, refusal: { code: 'bad-package-name' } });
    }
  });

  it('a refused name is shown printable and short', () => {
    expect(onLinux({ packages: ['kеsl'], packageManager: 'dpkg' })).toMatchObject({ refusal: { text: { params: { name: 'k?sl' } } } });
    expect(onLinux({ packages: [`${'x'.repeat(70)};`], packageManager: 'dpkg' })).toMatchObject({ refusal: { text: { params: { name: 'x'.repeat(60) } } } });
  });
});

describe('macOS', () => {
  it('no uninstaller found says so in the log detail', () => {
    expect(buildUninstallCommand(makeProduct({ removal: { method: 'app-bundle' } }), mac)).toMatchObject({ ok: false, refusal: { detail: 'method app-bundle, no uninstaller found' } });
  });

  it("an uninstaller app opens (it asks for the Mac's password itself), marked as found on the machine", () => {
    expect(onMac('/Applications/Kaspersky Uninstaller.app')).toMatchObject({ ok: true, command: { kind: 'mac-app', source: 'uninstallerPath', signature: null } });
  });

  it('a script SafeSwitch raises needs the vendor team id; no known team id is a manual step naming the vendor', () => {
    expect(onMac(SCRIPT)).toMatchObject({ ok: true, command: { kind: 'mac-script', file: SCRIPT, args: [], signature: { kind: 'mac-team-id', expectedSigners: [], teamId: '2Y8XE5CQ94' } } });
    expect(onMac('/Library/Application Support/Nobody/UninstallScript', 'Nobody')).toMatchObject({ ok: false, refusal: { code: 'no-known-signer', text: { params: { vendor: 'Nobody' } } } });
  });

  it('.app and script extensions count only at the end of the path', () => {
    expect(onMac('/Applications/Kaspersky.app/Contents/Resources/UninstallScript')).toMatchObject({ ok: true, command: { kind: 'mac-script' } });
    expect(onMac('/Library/Application Support/Kaspersky.tools/UninstallScript')).toMatchObject({ ok: true, command: { kind: 'mac-script' } });
  });

  it.each([
    ['//server/Applications/x', 'network-path'],
    ['/Applications/Ｋaspersky.app', 'lookalike-characters'],
    ['/Applications//Kaspersky.app', 'unparsable-command'],
    ['/Applications/./Kaspersky.app', 'relative-segments'],
    ['/Applications/K"x/UninstallScript', 'unsafe-characters'],
  ])('%s -> %s', (path, code) => {
    expect(onMac(path)).toMatchObject({ ok: false, refusal: { code } });
  });

  it('names the first character it will not accept', () => {
    expect(onMac('/Applications/Kas$per;sky.app')).toMatchObject({ ok: false, refusal: { code: 'unsafe-characters', text: { params: { character: '$' } } } });
  });
});

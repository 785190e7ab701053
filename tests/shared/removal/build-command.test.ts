import { describe, expect, it } from 'vitest';
import { buildUninstallCommand, type CommandEnvironment } from '@shared/removal';
import { GUID, makeProduct } from './make-product';

const win: CommandEnvironment = { platform: 'win32', logFolder: 'C:\\Users\\ann\\Documents\\SafeSwitch', systemRoot: 'C:\\Windows' };
const LOG = 'C:\\Users\\ann\\Documents\\SafeSwitch\\uninstall-kaspersky-total-security-msiexec.log';
const MSI_ARGS = ['/x', GUID, '/passive', '/norestart', '/l*v', LOG];

describe('msiexec entries', () => {
  it.each([
    ['MsiExec.exe /X{GUID}', `MsiExec.exe /X${GUID}`],
    ["Kaspersky's own: msiexec.exe /x {GUID} /qb ALLOWREBOOT=1", `msiexec.exe /x ${GUID} /qb ALLOWREBOOT=1`],
    ['a lower-case GUID', `MsiExec.exe /X${GUID.toLowerCase()}`],
    ['msiexec by its System32 path', `C:\\Windows\\System32\\MsiExec.exe /X${GUID}`],
    ['a quoted SysWOW64 msiexec', `"C:\\Windows\\SysWOW64\\msiexec.exe" /x ${GUID}`],
  ])('%s -> %%SystemRoot%%\\System32\\msiexec.exe /x {GUID} /passive /norestart /l*v <log>', (_name, uninstallString) => {
    const build = buildUninstallCommand(makeProduct({ removal: { uninstallString } }), win);
    expect(build).toEqual({
      ok: true,
      command: {
        kind: 'msiexec',
        file: 'C:\\Windows\\System32\\msiexec.exe',
        args: MSI_ARGS,
        elevation: 'program-asks',
        timeoutMs: 1_800_000,
        logFile: LOG,
        source: 'uninstallString',
        signature: null, trust: null,
      },
    });
  });

  it('MsiExec.exe /I{GUID} under the key of that product code (Windows Installer\'s own entry) -> /x {GUID}', () => {
    const build = buildUninstallCommand(makeProduct({ removal: { uninstallString: `MsiExec.exe /I${GUID}`, registryKey: GUID } }), win);
    expect(build.ok && build.command.args).toEqual(MSI_ARGS);
    const foreign = buildUninstallCommand(makeProduct({ removal: { uninstallString: `MsiExec.exe /I${GUID}`, registryKey: 'Other' } }), win);
    expect(foreign).toMatchObject({ ok: false, refusal: { code: 'msiexec-extra-arguments' } });
  });

  it('uses the product code when the entry has no uninstall string', () => {
    const build = buildUninstallCommand(makeProduct({ removal: { productCode: GUID } }), win);
    expect(build.ok && build.command.args).toEqual(MSI_ARGS);
  });

  it('follows %SystemRoot% when Windows lives elsewhere', () => {
    const build = buildUninstallCommand(makeProduct({ removal: { uninstallString: `MsiExec.exe /X${GUID}` } }), { ...win, systemRoot: 'D:\\WINNT' });
    expect(build.ok && build.command.file).toBe('D:\\WINNT\\System32\\msiexec.exe');
  });

  it('keeps the log file name safe whatever the product id', () => {
    const build = buildUninstallCommand(makeProduct({ id: '../../x y', removal: { uninstallString: `MsiExec.exe /X${GUID}` } }), win);
    expect(build.ok && build.command.logFile).toBe('C:\\Users\\ann\\Documents\\SafeSwitch\\uninstall-x-y-msiexec.log');
  });
});

describe('uninstaller .exe entries', () => {
  it('a quoted program under Program Files (x86), no arguments', () => {
    const line = '"C:\\Program Files (x86)\\Avira\\Security\\unins000.exe"';
    const build = buildUninstallCommand(
      makeProduct({ vendor: 'Avira', removal: { method: 'uninstaller', uninstallString: line, installLocation: 'C:\\Program Files (x86)\\Avira\\Security\\' } }),
      win,
    );
    expect(build).toMatchObject({
      ok: true,
      command: {
        kind: 'exe-uninstaller',
        file: 'C:\\Program Files (x86)\\Avira\\Security\\unins000.exe',
        args: [],
        elevation: 'safeswitch-asks',
        signature: { kind: 'authenticode', expectedSigners: expect.arrayContaining(['Avira Operations GmbH & Co. KG']) },
      },
    });
  });

  it('an unquoted program with spaces, read the way CreateProcess reads it (Avast entry from the research)', () => {
    const line = 'C:\\Program Files\\Avast Software\\Avast\\setup\\Instup.exe /control_panel';
    const build = buildUninstallCommand(makeProduct({ vendor: 'Avast', removal: { method: 'uninstaller', uninstallString: line, installLocation: 'C:\\Program Files\\Avast Software\\Avast' } }), win);
    expect(build).toMatchObject({ ok: true, command: { file: 'C:\\Program Files\\Avast Software\\Avast\\setup\\Instup.exe', args: ['/control_panel'] } });
  });

  it('quoted arguments with spaces keep their spaces', () => {
    const line = '"C:\\Program Files\\Vendor\\uninst.exe" /S "/LOG=C:\\Program Files\\Vendor\\u.log"';
    const build = buildUninstallCommand(makeProduct({ removal: { method: 'uninstaller', uninstallString: line, installLocation: 'C:\\Program Files\\Vendor' } }), win);
    expect(build.ok && build.command.args).toEqual(['/S', '/LOG=C:\\Program Files\\Vendor\\u.log']);
  });

  it("an uninstaller in the product's own folder outside Program Files is not elevated", () => {
    const line = 'D:\\Apps\\Vendor\\uninstall.exe /remove';
    const build = buildUninstallCommand(makeProduct({ removal: { method: 'uninstaller', uninstallString: line, installLocation: 'D:\\Apps\\Vendor\\' } }), win);
    expect(build).toMatchObject({ ok: false, refusal: { code: 'outside-product-folder' } });
  });

  it("an uninstaller in the folder of the product's running files (no InstallLocation)", () => {
    const line = '"C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.3\\uninstall.exe"';
    const product = makeProduct({ removal: { method: 'uninstaller', uninstallString: line, productFolders: ['C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.3'] } });
    expect(buildUninstallCommand(product, win)).toMatchObject({ ok: true, command: { signature: { expectedSigners: ['AO Kaspersky Lab'] } } });
  });

  it('prefers the normal entry (the vendor may offer to keep settings) over the quiet one', () => {
    const build = buildUninstallCommand(
      makeProduct({ removal: { method: 'uninstaller', uninstallString: '"C:\\Program Files\\V\\u.exe"', quietUninstallString: '"C:\\Program Files\\V\\u.exe" /S', installLocation: 'C:\\Program Files\\V' } }),
      win,
    );
    expect(build).toMatchObject({ ok: true, command: { args: [], source: 'uninstallString' } });
  });

  it('follows the Program Files folders main read from the machine', () => {
    const build = buildUninstallCommand(
      makeProduct({ removal: { method: 'uninstaller', uninstallString: 'E:\\Programme\\V\\u.exe', installLocation: 'E:\\Programme\\V' } }),
      { ...win, programFiles: ['E:\\Programme'] },
    );
    expect(build.ok).toBe(true);
  });
});

describe('other methods', () => {
  it('a product with no entry becomes a manual step', () => {
    const build = buildUninstallCommand(makeProduct({ removal: { method: 'uninstaller' } }), win);
    expect(build).toMatchObject({ ok: false, refusal: { code: 'no-uninstall-entry' } });
  });

  it("the vendor's removal tool is never run silently (kavremover asks for a CAPTCHA)", () => {
    const build = buildUninstallCommand(makeProduct({ removal: { method: 'vendor-tool' } }), win);
    expect(build).toMatchObject({ ok: false, refusal: { code: 'vendor-tool-only', text: { params: { product: 'Kaspersky Total Security' } } } });
  });

  it('Linux dpkg: apt-get remove with the detected packages', () => {
    const product = makeProduct({ removal: { method: 'package-manager', packages: ['kesl', 'kesl-gui'], packageManager: 'dpkg' } });
    const build = buildUninstallCommand(product, { platform: 'linux', logFolder: '/tmp/s' });
    expect(build).toMatchObject({ ok: true, command: { kind: 'package-manager', file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl', 'kesl-gui'], elevation: 'safeswitch-asks' } });
  });

  it('Linux rpm: rpm -e', () => {
    const product = makeProduct({ removal: { method: 'package-manager', packages: ['klnagent64', 'kesl'], packageManager: 'rpm' } });
    const build = buildUninstallCommand(product, { platform: 'linux', logFolder: '/tmp/s' });
    expect(build).toMatchObject({ ok: true, command: { file: '/usr/bin/rpm', args: ['-e', 'klnagent64', 'kesl'] } });
  });

  it("Linux: the package evidence and the machine's manager when detection did not pass them", () => {
    const product = makeProduct({ evidence: [{ source: 'package', value: 'kesl 12.0.0-4871' }], removal: { method: 'package-manager' } });
    const build = buildUninstallCommand(product, { platform: 'linux', logFolder: '/tmp/s', packageManager: 'dpkg' });
    expect(build.ok && build.command.args).toEqual(['remove', '-y', 'kesl']);
    const unknown = buildUninstallCommand(product, { platform: 'linux', logFolder: '/tmp/s', packageManager: null });
    expect(unknown).toMatchObject({ ok: false, refusal: { code: 'unknown-package-manager' } });
  });

  it("macOS: the vendor's uninstaller app opens and waits", () => {
    const product = makeProduct({ removal: { method: 'app-bundle', uninstallerPath: '/Applications/Kaspersky Internet Security.app/Contents/Resources/Kaspersky Uninstaller.app' } });
    const build = buildUninstallCommand(product, { platform: 'darwin', logFolder: '/tmp/s' });
    expect(build).toMatchObject({
      ok: true,
      command: { kind: 'mac-app', file: '/usr/bin/open', args: ['-W', '-n', '/Applications/Kaspersky Internet Security.app/Contents/Resources/Kaspersky Uninstaller.app'], elevation: 'program-asks' },
    });
  });

  it("macOS: Kaspersky's UninstallScript runs through the administrator prompt", () => {
    const path = '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript';
    const build = buildUninstallCommand(makeProduct({ removal: { method: 'app-bundle', uninstallerPath: path } }), { platform: 'darwin', logFolder: '/tmp/s' });
    expect(build).toMatchObject({ ok: true, command: { kind: 'mac-script', file: path, args: [], elevation: 'safeswitch-asks' } });
  });

  it('macOS: only the app bundle and no uninstaller -> manual step', () => {
    const build = buildUninstallCommand(makeProduct({ removal: { method: 'app-bundle', bundlePath: '/Applications/Kaspersky Internet Security.app' } }), { platform: 'darwin', logFolder: '/tmp/s' });
    expect(build).toMatchObject({ ok: false, refusal: { code: 'no-uninstall-entry' } });
  });

  it('fields of the wrong type count as absent, never as text', () => {
    const build = buildUninstallCommand(makeProduct({ removal: { method: 'msi', uninstallString: 42, productCode: ['x'] } }), win);
    expect(build).toMatchObject({ ok: false, refusal: { code: 'no-uninstall-entry' } });
  });
});

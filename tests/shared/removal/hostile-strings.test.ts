import { describe, expect, it } from 'vitest';
import type { Platform } from '@shared/contracts/inventory';
import { buildUninstallCommand, type CommandEnvironment, type RefusalCode } from '@shared/removal';
import { GUID, makeProduct } from './make-product';

/**
 * Hostile registry (and package, and bundle) strings: none may reach execution. Each row names
 * the refusal it must get; the check below also proves that no built command (there should be
 * none) could carry the payload.
 */
interface Row {
  readonly name: string;
  readonly platform?: Platform;
  readonly removal: Record<string, unknown>;
  readonly refused: RefusalCode;
}

const PF = 'C:\\Program Files\\Vendor';

const rows: Row[] = [
  // cmd.exe metacharacters
  { name: '& chains a second command after msiexec', removal: { uninstallString: `MsiExec.exe /X${GUID} & calc.exe` }, refused: 'unsafe-characters' },
  { name: '| pipes into another program', removal: { uninstallString: `MsiExec.exe /X${GUID} | calc` }, refused: 'unsafe-characters' },
  { name: '^ escapes an ampersand', removal: { uninstallString: `MsiExec.exe /X${GUID}^&calc` }, refused: 'unsafe-characters' },
  { name: '&& after an exe uninstaller', removal: { uninstallString: `"${PF}\\uninst.exe" /S && del C:\\x` }, refused: 'unsafe-characters' },
  { name: '> redirects output', removal: { uninstallString: `"${PF}\\uninst.exe" /S > C:\\Windows\\x` }, refused: 'unsafe-characters' },
  { name: '; as a separator', removal: { uninstallString: `MsiExec.exe /X${GUID}; calc` }, refused: 'unsafe-characters' },
  { name: 'backtick (PowerShell escape)', removal: { uninstallString: `"${PF}\\uninst.exe" /S\`; calc` }, refused: 'unsafe-characters' },
  { name: '$( ) PowerShell subexpression', removal: { uninstallString: `"${PF}\\uninst.exe" $(calc)` }, refused: 'unsafe-characters' },
  // environment variables
  { name: '%COMSPEC% as the program', removal: { uninstallString: '%COMSPEC% /c calc' }, refused: 'unsafe-characters' },
  { name: '%VAR% in an msiexec argument', removal: { uninstallString: `MsiExec.exe /X${GUID} /l*v %TEMP%\\x.log` }, refused: 'unsafe-characters' },
  { name: '%ProgramFiles% in the program path', removal: { uninstallString: '"%ProgramFiles%\\Vendor\\uninst.exe" /S' }, refused: 'unsafe-characters' },
  // quotes
  { name: 'an escaped quote that leaves a quote in an argument', removal: { uninstallString: `"${PF}\\uninst.exe" /S \\"calc` }, refused: 'unsafe-characters' },
  { name: 'an unclosed quote around the program', removal: { uninstallString: `"${PF}\\uninst.exe /S` }, refused: 'unparsable-command' },
  { name: 'doubled quotes smuggling a quote into the program', removal: { uninstallString: `"${PF}\\un""inst.exe" /S` }, refused: 'not-an-exe' },
  // scripts instead of programs
  { name: 'a .bat uninstaller', removal: { uninstallString: `${PF}\\uninstall.bat /S` }, refused: 'not-an-exe' },
  { name: 'a quoted .cmd uninstaller', removal: { uninstallString: `"${PF}\\remove.cmd"` }, refused: 'not-an-exe' },
  { name: 'a .exe.bat double extension', removal: { uninstallString: `"${PF}\\uninst.exe.bat"` }, refused: 'not-an-exe' },
  { name: 'a PowerShell script', removal: { uninstallString: `"${PF}\\uninstall.ps1"` }, refused: 'not-an-exe' },
  { name: 'a .com program', removal: { uninstallString: `"${PF}\\uninst.com" /S` }, refused: 'not-an-exe' },
  // paths outside Program Files, UNC and device paths
  { name: 'a UNC path', removal: { uninstallString: '\\\\evil-server\\share\\uninst.exe /S' }, refused: 'network-path' },
  { name: 'a quoted UNC path', removal: { uninstallString: '"\\\\evil-server\\share\\uninst.exe" /S' }, refused: 'network-path' },
  { name: 'a \\\\?\\ device path (its ? is refused first)', removal: { uninstallString: `"\\\\?\\${PF}\\uninst.exe"` }, refused: 'unsafe-characters' },
  { name: 'a program in Downloads', removal: { uninstallString: 'C:\\Users\\Public\\Downloads\\uninst.exe /S' }, refused: 'outside-product-folder' },
  { name: 'a program in Temp', removal: { uninstallString: '"C:\\Windows\\Temp\\x\\uninst.exe"' }, refused: 'outside-product-folder' },
  { name: 'rundll32 from System32', removal: { uninstallString: 'C:\\Windows\\System32\\rundll32.exe vendor.dll,Uninstall' }, refused: 'not-an-uninstaller' },
  { name: '..\\ climbing out of Program Files', removal: { uninstallString: '"C:\\Program Files\\..\\Users\\x\\evil.exe"' }, refused: 'relative-segments' },
  { name: 'a relative program', removal: { uninstallString: 'uninst.exe /S' }, refused: 'not-absolute-path' },
  { name: 'cmd.exe by name', removal: { uninstallString: 'cmd.exe /c calc' }, refused: 'not-absolute-path' },
  { name: 'forward slashes', removal: { uninstallString: '"C:/Program Files/Vendor/uninst.exe"' }, refused: 'not-absolute-path' },
  { name: 'an alternate data stream', removal: { uninstallString: `${PF}\\uninst.exe:evil.exe /S` }, refused: 'unparsable-command' },
  { name: 'a trailing dot Windows would strip', removal: { uninstallString: `"${PF}\\uninst.exe." /S` }, refused: 'relative-segments' },
  { name: 'an install folder that is the whole drive', removal: { uninstallString: 'C:\\evil.exe /S', installLocation: 'C:\\' }, refused: 'outside-product-folder' },
  { name: 'an install folder in a user profile', removal: { uninstallString: 'C:\\Users\\bob\\AppData\\Local\\V\\u.exe', installLocation: 'C:\\Users\\bob\\AppData\\Local\\V' }, refused: 'outside-product-folder' },
  { name: 'an install folder in the Windows folder', removal: { uninstallString: 'C:\\Windows\\System32\\evil\\u.exe', installLocation: 'C:\\Windows\\System32\\evil' }, refused: 'outside-product-folder' },
  // trailing junk and control characters
  { name: 'a newline and a second command', removal: { uninstallString: `"${PF}\\uninst.exe" /S\r\ncalc.exe` }, refused: 'unsafe-characters' },
  { name: 'a NUL byte', removal: { uninstallString: `"${PF}\\uninst.exe\u0000.txt" /S` }, refused: 'unsafe-characters' },
  { name: 'a bad GUID shape', removal: { uninstallString: 'MsiExec.exe /X{1234}' }, refused: 'bad-product-code' },
  { name: 'a GUID with trailing junk glued on', removal: { uninstallString: `MsiExec.exe /X${GUID}calc` }, refused: 'bad-product-code' },
  { name: 'an msiexec outside System32', removal: { uninstallString: `C:\\Temp\\msiexec.exe /X${GUID}` }, refused: 'msiexec-outside-system' },
  { name: 'a product code that is not a GUID', removal: { productCode: '{x} & calc' }, refused: 'bad-product-code' },
  // Unicode look-alikes
  { name: 'Cyrillic o in "Program Files"', removal: { uninstallString: '"C:\\Prоgram Files\\Vendor\\uninst.exe"' }, refused: 'outside-product-folder' },
  { name: 'fullwidth backslashes', removal: { uninstallString: '"C:\\Program Files＼Vendor＼uninst.exe"' }, refused: 'lookalike-characters' },
  { name: 'a right-to-left override hiding .bat', removal: { uninstallString: `"${PF}\\uninst\u202Etab.exe"` }, refused: 'lookalike-characters' },
  { name: 'a zero-width space after the GUID', removal: { uninstallString: `MsiExec.exe /X${GUID}\u200B` }, refused: 'lookalike-characters' },
  { name: 'fullwidth braces around the GUID', removal: { uninstallString: 'MsiExec.exe /X｛3E3F7FD4-4F0C-4F6B-9E1A-2B7B0C3D5E6F｝' }, refused: 'lookalike-characters' },
  { name: 'a fullwidth ampersand', removal: { uninstallString: `"${PF}\\uninst.exe" /S ＆ calc` }, refused: 'lookalike-characters' },
  { name: 'curly quotes around the program', removal: { uninstallString: `\u201C${PF}\\uninst.exe\u201D /S` }, refused: 'lookalike-characters' },
  // Linux packages
  { name: 'a package name with a shell command', platform: 'linux', removal: { method: 'package-manager', packages: ['kesl; rm -rf /'], packageManager: 'dpkg' }, refused: 'bad-package-name' },
  { name: 'a package name that is an option', platform: 'linux', removal: { method: 'package-manager', packages: ['--purge'], packageManager: 'dpkg' }, refused: 'bad-package-name' },
  { name: 'a package name with a newline', platform: 'linux', removal: { method: 'package-manager', packages: ['kesl\nlibc6'], packageManager: 'dpkg' }, refused: 'bad-package-name' },
  { name: 'a Cyrillic look-alike package name', platform: 'linux', removal: { method: 'package-manager', packages: ['kеsl'], packageManager: 'dpkg' }, refused: 'bad-package-name' },
  { name: 'a package name with $( )', platform: 'linux', removal: { method: 'package-manager', packages: ['kesl$(reboot)'], packageManager: 'rpm' }, refused: 'bad-package-name' },
  { name: 'an unknown package manager', platform: 'linux', removal: { method: 'package-manager', packages: ['kesl'], packageManager: 'curl|sh' }, refused: 'unknown-package-manager' },
  // macOS uninstallers
  { name: 'a Mac uninstaller in /tmp', platform: 'darwin', removal: { method: 'app-bundle', uninstallerPath: '/tmp/UninstallScript' }, refused: 'outside-app-folders' },
  { name: 'a Mac path climbing out of /Applications', platform: 'darwin', removal: { method: 'app-bundle', uninstallerPath: '/Applications/../tmp/evil' }, refused: 'relative-segments' },
  { name: 'a Mac path with $( )', platform: 'darwin', removal: { method: 'app-bundle', uninstallerPath: '/Applications/K$(reboot).app' }, refused: 'unsafe-characters' },
  { name: 'a Mac path with a double quote', platform: 'darwin', removal: { method: 'app-bundle', uninstallerPath: '/Applications/K"x.app' }, refused: 'unsafe-characters' },
  { name: 'a Mac path with a single quote', platform: 'darwin', removal: { method: 'app-bundle', uninstallerPath: "/Applications/K'; reboot; '.app" }, refused: 'unsafe-characters' },
  { name: 'a relative Mac path', platform: 'darwin', removal: { method: 'app-bundle', uninstallerPath: 'Applications/Uninstall.app' }, refused: 'not-absolute-path' },
  { name: 'a Mac shell script', platform: 'darwin', removal: { method: 'app-bundle', uninstallerPath: '/Applications/Vendor/uninstall.sh' }, refused: 'not-an-exe' },
];

const env = (platform: Platform): CommandEnvironment => ({ platform, logFolder: platform === 'win32' ? 'C:\\SafeSwitch' : '/tmp/safeswitch', packageManager: 'dpkg' });

describe('hostile uninstall strings never reach execution', () => {
  it.each(rows)('$name -> refused ($refused)', (row) => {
    const platform = row.platform ?? 'win32';
    const method = (row.removal.method as string | undefined) ?? (platform === 'win32' ? 'uninstaller' : 'manual');
    const product = makeProduct({ removal: { ...row.removal, method } });
    const build = buildUninstallCommand(product, env(platform));
    expect(build.ok).toBe(false);
    if (build.ok) return;
    expect(build.refusal.code).toBe(row.refused);
    // A plain explanation for the user, a technical detail without control characters for the log.
    expect(build.refusal.text.key).toBe(`refusal.${row.refused}`);
    expect(build.refusal.detail).not.toMatch(/[\u0000-\u001f]/);
  });

  it('a hostile quiet string is refused even when the normal entry is MSI-shaped', () => {
    const product = makeProduct({ removal: { method: 'msi', uninstallString: `MsiExec.exe /X${GUID} & calc`, quietUninstallString: `MsiExec.exe /X${GUID} /qn` } });
    const build = buildUninstallCommand(product, env('win32'));
    expect(build.ok).toBe(false);
  });

  it('Microsoft Defender is refused even if a report lists it as a product', () => {
    const product = makeProduct({ id: 'microsoft-defender', name: 'Microsoft Defender Antivirus', vendor: 'Microsoft', removal: { uninstallString: `MsiExec.exe /X${GUID}` } });
    const build = buildUninstallCommand(product, env('win32'));
    expect(build).toMatchObject({ ok: false, refusal: { code: 'built-in-protection' } });
  });
});

describe('any registry string (property)', () => {
  const heads = [`MsiExec.exe /X${GUID}`, `msiexec.exe /x ${GUID}`, '"C:\\Program Files\\Vendor\\uninst.exe"', 'C:\\Program Files\\Vendor\\uninst.exe', 'C:\\Users\\x\\u.exe', ''];
  const pieces = [
    'MsiExec.exe', ' /X', ' /I', ' ', GUID, '"', '\\', 'C:', 'C:\\Program Files\\Vendor\\', 'C:\\Users\\x\\', '\\\\srv\\s\\',
    'uninst.exe', '.bat', '.cmd', '&', '|', '^', '%COMSPEC%', "'", ';', '..', '/S', 'calc', '\u202e', '＼', '\r\n', '\t', ' ALLOWREBOOT=1',
  ];
  const SAFE_ARG = /^[^%&|^<>"*?;`$\u0000-\u001f\u007f]*$/;

  it('either refuses or builds a command from an allowed program with plain arguments', async () => {
    const fc = (await import('fast-check')).default;
    let built = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), fc.constantFrom('msi', 'uninstaller'), (head, parts, method) => {
        const product = makeProduct({ removal: { method, uninstallString: head + parts.join('') } });
        const build = buildUninstallCommand(product, env('win32'));
        if (!build.ok) {
          refused++;
          return;
        }
        built++;
        const { file, args, kind } = build.command;
        if (kind === 'msiexec') {
          expect(file).toBe('C:\\Windows\\System32\\msiexec.exe');
          expect(args).toEqual(['/x', GUID, '/passive', '/norestart', '/l*v', 'C:\\SafeSwitch\\uninstall-kaspersky-total-security-msiexec.log']);
          return;
        }
        expect(file).toMatch(/^C:\\Program Files( \(x86\))?\\[^\\]/i);
        expect(file.toLowerCase().endsWith('.exe')).toBe(true);
        expect(file.split('\\')).not.toContain('..');
        for (const arg of [file, ...args]) expect(arg).toMatch(SAFE_ARG);
      }),
      { numRuns: 3000 },
    );
    // Both branches were exercised, so the property says something.
    expect(built).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});

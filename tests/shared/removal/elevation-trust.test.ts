import { describe, expect, it } from 'vitest';
import { buildUninstallCommand, type CommandEnvironment, type RefusalCode } from '@shared/removal';
import { GUID, makeProduct } from './make-product';

/**
 * Issue 12, point 1: only the vendor's own uninstaller, from a machine-wide entry, inside the
 * product's own folder under Program Files, on a canonical path, is ever built as an elevated
 * command. Each row is an uninstall entry a hostile program could write (or a genuine-looking one
 * that points somewhere it should not); none may become a command SafeSwitch elevates. The
 * signature check (valid, the vendor's signer, hash pinned) is main's and is tested in
 * tests/main/removal/uninstaller-signature.test.ts.
 */
const KTS = 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.3';
const win: CommandEnvironment = { platform: 'win32', logFolder: 'C:\\Users\\ann\\Documents\\SafeSwitch', systemRoot: 'C:\\Windows' };

interface Row {
  readonly name: string;
  readonly uninstallString: string;
  readonly registryView?: string;
  readonly registryKey?: string;
  readonly installLocation?: string | null;
  readonly productFolders?: string[];
  readonly vendor?: string;
  readonly refused: RefusalCode;
}

const PWSH = '"C:\\Program Files\\PowerShell\\7\\pwsh.exe" -NoProfile -EncodedCommand SQBFAFgA';
const MPCMD = '"C:\\Program Files\\Windows Defender\\MpCmdRun.exe" -RemoveDefinitions -All';
const EDGE = '"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --gpu-launcher="C:\\x.exe"';

const rows: Row[] = [
  // per-user entries (HKCU / a user's hive): never elevated, whatever they say
  { name: 'per-user entry running pwsh -EncodedCommand', uninstallString: PWSH, registryView: 'registry-user', refused: 'per-user-entry' },
  { name: 'per-user entry running MpCmdRun -RemoveDefinitions', uninstallString: MPCMD, registryView: 'registry-user', refused: 'per-user-entry' },
  { name: 'per-user entry running msedge --gpu-launcher', uninstallString: EDGE, registryView: 'registry-user', refused: 'per-user-entry' },
  { name: "per-user entry pointing at Kaspersky's real folder", uninstallString: `"${KTS}\\uninstall.exe"`, registryView: 'registry-user', refused: 'per-user-entry' },
  { name: 'per-user MSI entry', uninstallString: `MsiExec.exe /X${GUID}`, registryView: 'registry-user', refused: 'per-user-entry' },
  { name: 'entry from another user hive (HKU)', uninstallString: `"${KTS}\\uninstall.exe"`, registryView: 'registry-hku-S-1-5-21-1000', refused: 'per-user-entry' },
  // programs that are never an uninstaller, even machine-wide and under Program Files
  { name: 'machine-wide pwsh -EncodedCommand', uninstallString: PWSH, refused: 'not-an-uninstaller' },
  { name: 'machine-wide MpCmdRun -RemoveDefinitions -All', uninstallString: MPCMD, refused: 'not-an-uninstaller' },
  { name: 'machine-wide msedge --gpu-launcher', uninstallString: EDGE, refused: 'not-an-uninstaller' },
  { name: 'Windows PowerShell', uninstallString: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -c calc', refused: 'not-an-uninstaller' },
  { name: 'cmd.exe by full path', uninstallString: 'C:\\Windows\\System32\\cmd.exe /c calc', refused: 'not-an-uninstaller' },
  { name: 'rundll32', uninstallString: 'C:\\Windows\\System32\\rundll32.exe evil.dll,Run', refused: 'not-an-uninstaller' },
  { name: 'regsvr32 scriptlet', uninstallString: 'C:\\Windows\\System32\\regsvr32.exe /s /n /u /i:x.sct scrobj.dll', refused: 'not-an-uninstaller' },
  { name: 'mshta', uninstallString: 'C:\\Windows\\System32\\mshta.exe x.hta', refused: 'not-an-uninstaller' },
  { name: 'wscript', uninstallString: 'C:\\Windows\\System32\\wscript.exe x.vbs', refused: 'not-an-uninstaller' },
  { name: 'cscript', uninstallString: 'C:\\Windows\\System32\\cscript.exe x.js', refused: 'not-an-uninstaller' },
  { name: 'msbuild', uninstallString: 'C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\MSBuild.exe x.proj', refused: 'not-an-uninstaller' },
  { name: 'installutil', uninstallString: 'C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\InstallUtil.exe /u x.dll', refused: 'not-an-uninstaller' },
  { name: 'bitsadmin', uninstallString: 'C:\\Windows\\System32\\bitsadmin.exe /transfer x', refused: 'not-an-uninstaller' },
  { name: 'certutil', uninstallString: 'C:\\Windows\\System32\\certutil.exe -urlcache -f x', refused: 'not-an-uninstaller' },
  { name: 'node.exe inside Program Files', uninstallString: '"C:\\Program Files\\nodejs\\node.exe" x.js', refused: 'not-an-uninstaller' },
  { name: 'chrome.exe', uninstallString: '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --x', refused: 'not-an-uninstaller' },
  { name: "pwsh renamed into the product's folder keeps its name", uninstallString: `"${KTS}\\pwsh.exe" -c calc`, refused: 'not-an-uninstaller' },
  // foreign programs inside Program Files: not the product's own folder
  { name: "another vendor's folder under Program Files", uninstallString: '"C:\\Program Files\\Other Vendor\\uninstall.exe"', refused: 'outside-product-folder' },
  { name: 'Program Files itself', uninstallString: '"C:\\Program Files\\uninstall.exe"', refused: 'outside-product-folder' },
  { name: 'Program Files with no install folder known', uninstallString: '"C:\\Program Files\\Kaspersky Lab\\uninstall.exe"', installLocation: null, refused: 'outside-product-folder' },
  { name: 'a sibling folder whose name starts like the product', uninstallString: `"${KTS} Evil\\uninstall.exe"`, refused: 'outside-product-folder' },
  { name: 'the parent of the install folder', uninstallString: '"C:\\Program Files (x86)\\Kaspersky Lab\\uninstall.exe"', refused: 'outside-product-folder' },
  { name: 'an InstallLocation under ProgramData', uninstallString: '"C:\\ProgramData\\Kaspersky Lab\\uninstall.exe"', installLocation: 'C:\\ProgramData\\Kaspersky Lab', refused: 'outside-product-folder' },
  { name: 'an InstallLocation under X:\\Temp', uninstallString: '"D:\\Temp\\Kaspersky\\uninstall.exe"', installLocation: 'D:\\Temp\\Kaspersky', refused: 'outside-product-folder' },
  { name: 'an InstallLocation one level deep', uninstallString: '"C:\\Kaspersky\\uninstall.exe"', installLocation: 'C:\\Kaspersky', refused: 'outside-product-folder' },
  { name: 'an InstallLocation in a user profile', uninstallString: '"C:\\Users\\ann\\AppData\\Local\\Kaspersky\\uninstall.exe"', installLocation: 'C:\\Users\\ann\\AppData\\Local\\Kaspersky', refused: 'outside-product-folder' },
  { name: 'an InstallLocation that is Program Files itself', uninstallString: '"C:\\Program Files\\x.exe"', installLocation: 'C:\\Program Files\\', refused: 'outside-product-folder' },
  { name: 'a detected file folder in Downloads', uninstallString: '"C:\\Users\\ann\\Downloads\\uninstall.exe"', installLocation: null, productFolders: ['C:\\Users\\ann\\Downloads'], refused: 'outside-product-folder' },
  { name: 'Program Files on another drive than Windows knows', uninstallString: '"D:\\Program Files\\Kaspersky Lab\\KTS\\uninstall.exe"', installLocation: 'D:\\Program Files\\Kaspersky Lab\\KTS', refused: 'outside-product-folder' },
  // lookalike folders
  { name: '"Program Files " with a trailing space', uninstallString: '"C:\\Program Files \\Kaspersky Lab\\KTS\\uninstall.exe"', installLocation: 'C:\\Program Files \\Kaspersky Lab\\KTS', refused: 'relative-segments' },
  { name: '"ProgramFiles" without the space', uninstallString: '"C:\\ProgramFiles\\Kaspersky Lab\\KTS\\uninstall.exe"', installLocation: 'C:\\ProgramFiles\\Kaspersky Lab\\KTS', refused: 'outside-product-folder' },
  { name: '"Program Files (x64)"', uninstallString: '"C:\\Program Files (x64)\\Kaspersky Lab\\KTS\\uninstall.exe"', installLocation: 'C:\\Program Files (x64)\\Kaspersky Lab\\KTS', refused: 'outside-product-folder' },
  { name: 'Cyrillic а in "Program Files"', uninstallString: '"C:\\Progrаm Files\\Kaspersky Lab\\KTS\\uninstall.exe"', installLocation: 'C:\\Progrаm Files\\Kaspersky Lab\\KTS', refused: 'outside-product-folder' },
  // short names and Windows.old
  { name: '8.3 short name for Program Files', uninstallString: '"C:\\PROGRA~2\\Kaspersky Lab\\KTS\\uninstall.exe"', installLocation: 'C:\\PROGRA~2\\Kaspersky Lab\\KTS', refused: 'short-name-path' },
  { name: '8.3 short name inside the product folder', uninstallString: `"${KTS}\\UNINST~1.EXE"`, refused: 'short-name-path' },
  { name: 'Windows.old copy of the product', uninstallString: '"C:\\Windows.old\\Program Files (x86)\\Kaspersky Lab\\KTS\\uninstall.exe"', installLocation: 'C:\\Windows.old\\Program Files (x86)\\Kaspersky Lab\\KTS', refused: 'windows-old-path' },
  { name: 'Windows.old inside Program Files', uninstallString: '"C:\\Program Files\\Windows.old\\uninstall.exe"', installLocation: 'C:\\Program Files\\Windows.old', refused: 'windows-old-path' },
  { name: '.. inside the product folder', uninstallString: `"${KTS}\\..\\..\\Evil\\uninstall.exe"`, refused: 'relative-segments' },
  // msiexec with extras: refused with a reason, never cut down to /x {GUID}
  { name: 'msiexec /p applies a patch', uninstallString: `MsiExec.exe /X${GUID} /p C:\\Users\\ann\\evil.msp`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec /i installs a package', uninstallString: 'MsiExec.exe /i C:\\Users\\ann\\evil.msi', refused: 'msiexec-extra-arguments' },
  { name: 'msiexec /I{GUID} whose GUID is not the entry key', uninstallString: `MsiExec.exe /I${GUID}`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec /I{GUID} with an extra', uninstallString: `MsiExec.exe /I${GUID} /qn`, registryKey: GUID, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec /x with /i', uninstallString: `MsiExec.exe /X${GUID} /i C:\\x.msi`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec /a administrative install', uninstallString: `MsiExec.exe /X${GUID} /a C:\\x.msi`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec /j advertise', uninstallString: `MsiExec.exe /X${GUID} /jm C:\\x.msi`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec /y registers a DLL', uninstallString: `MsiExec.exe /X${GUID} /y C:\\x.dll`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec TRANSFORMS=', uninstallString: `MsiExec.exe /X${GUID} TRANSFORMS=C:\\x.mst`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec PATCH=', uninstallString: `MsiExec.exe /X${GUID} PATCH=C:\\x.msp`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec with a custom action property', uninstallString: `MsiExec.exe /X${GUID} CUSTOMACTIONDATA=x`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec with two product codes', uninstallString: `MsiExec.exe /X${GUID} /X{11111111-2222-3333-4444-555555555555}`, refused: 'msiexec-extra-arguments' },
  { name: 'msiexec with its own log path', uninstallString: `MsiExec.exe /X${GUID} /lv C:\\Windows\\x.log`, refused: 'msiexec-extra-arguments' },
  // a vendor SafeSwitch knows no signer for
  { name: 'an uninstaller of a vendor with no known signer', uninstallString: `"${KTS}\\uninstall.exe"`, vendor: 'Nobody Inc.', refused: 'no-known-signer' },
];

describe('hostile uninstall entries never become an elevated command', () => {
  it('has at least 40 rows', () => expect(rows.length).toBeGreaterThanOrEqual(40));

  it.each(rows)('$name -> $refused', (row) => {
    const product = makeProduct({
      vendor: row.vendor ?? 'Kaspersky',
      removal: {
        method: /msiexec/i.test(row.uninstallString) ? 'msi' : 'uninstaller',
        uninstallString: row.uninstallString,
        registryView: row.registryView ?? 'registry-32',
        registryKey: row.registryKey ?? 'KTS',
        installLocation: row.installLocation === undefined ? `${KTS}\\` : row.installLocation,
        productFolders: row.productFolders ?? [],
      },
    });
    const build = buildUninstallCommand(product, win);
    expect(build).toMatchObject({ ok: false, refusal: { code: row.refused, text: { key: `refusal.${row.refused}` } } });
  });
});

describe('the genuine entries still work', () => {
  const genuine = (uninstallString: string, more: Record<string, unknown> = {}) =>
    buildUninstallCommand(makeProduct({ removal: { method: /msiexec/i.test(uninstallString) ? 'msi' : 'uninstaller', uninstallString, registryView: 'registry-32', installLocation: `${KTS}\\`, ...more } }), win);

  it("Kaspersky's own msiexec entry, with its /qb ALLOWREBOOT=1", () => {
    expect(genuine(`msiexec.exe /x ${GUID} /qb ALLOWREBOOT=1`)).toMatchObject({ ok: true, command: { kind: 'msiexec', args: ['/x', GUID, '/passive', '/norestart', '/l*v', expect.any(String)], signature: null, trust: null } });
  });

  it('Windows Installer\'s own /I{GUID} entry under that product code\'s key runs as /x {GUID}', () => {
    expect(genuine(`MsiExec.exe /I${GUID}`, { registryKey: GUID })).toMatchObject({ ok: true, command: { kind: 'msiexec', args: ['/x', GUID, '/passive', '/norestart', '/l*v', expect.any(String)] } });
  });

  it("an uninstaller inside the product's folder needs the vendor's Authenticode signature", () => {
    expect(genuine(`"${KTS}\\setup\\uninstall.exe" /remove`)).toMatchObject({
      ok: true,
      command: { kind: 'exe-uninstaller', elevation: 'safeswitch-asks', signature: { kind: 'authenticode', expectedSigners: ['AO Kaspersky Lab'] } },
    });
  });
});

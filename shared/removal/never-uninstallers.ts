/**
 * Programs that are never a vendor's uninstaller, whatever an uninstall entry says: shells and
 * script hosts, Windows' own tools that run other code or change the system (the LOLBAS list's
 * usual suspects), Defender's own command line, browsers and runtimes. An entry naming one of them
 * was written to get something else elevated (issue 12: `pwsh.exe -EncodedCommand …`,
 * `MpCmdRun.exe -RemoveDefinitions -All`, `msedge.exe --gpu-launcher=…`). msiexec is handled on its
 * own path (build-windows-command.ts) and is not listed here.
 */
const NEVER = new Set(
  [
    // shells and script hosts
    'powershell', 'powershell_ise', 'pwsh', 'cmd', 'command', 'wscript', 'cscript', 'mshta', 'bash', 'wsl', 'wslhost', 'sh',
    'conhost', 'forfiles', 'pcalua', 'scriptrunner', 'hh', 'explorer', 'runas', 'psexec', 'psexec64', 'winrs',
    // Windows tools that load or run other code
    'rundll32', 'regsvr32', 'msbuild', 'installutil', 'regasm', 'regsvcs', 'cmstp', 'odbcconf', 'msxsl', 'msdt', 'mmc',
    'control', 'dllhost', 'presentationhost', 'ieexec', 'infdefaultinstall', 'msdeploy', 'wmic', 'at', 'schtasks',
    'sc', 'reg', 'regedit', 'regini', 'net', 'net1', 'netsh', 'bcdedit', 'vssadmin', 'wevtutil', 'taskkill', 'takeown',
    'icacls', 'cacls', 'attrib', 'fsutil', 'diskpart', 'format', 'cipher', 'bitsadmin', 'certutil', 'certreq', 'expand',
    'extrac32', 'makecab', 'esentutl', 'replace', 'xcopy', 'robocopy', 'ftp', 'tftp', 'curl', 'wget', 'finger',
    'mavinject', 'appvlp', 'syncappvpublishingserver', 'wuauclt', 'setspn', 'dnscmd', 'ntdsutil',
    // Microsoft Defender's own tools: never touched (design.md: built-in protection is never changed)
    'mpcmdrun', 'msmpeng', 'nissrv', 'mpdefendercoreservice', 'configsecuritypolicy',
    // browsers and app runtimes
    'msedge', 'msedgewebview2', 'chrome', 'firefox', 'iexplore', 'opera', 'brave', 'vivaldi', 'yandex', 'browser',
    'node', 'electron', 'code', 'python', 'pythonw', 'py', 'pyw', 'java', 'javaw', 'javaws', 'ruby', 'perl', 'php',
    'dotnet', 'csc', 'vbc', 'jsc', 'ilasm', 'tclsh', 'wish', 'autoit3', 'autohotkey',
    // Office and viewers that run macros or links
    'winword', 'excel', 'powerpnt', 'outlook', 'msaccess', 'mspub', 'notepad', 'wordpad', 'write',
  ].map((n) => n.toLowerCase()),
);

/** The file name without its folder and `.exe`, lower-case. */
function stem(program: string): string {
  const name = program.slice(Math.max(program.lastIndexOf('\\'), program.lastIndexOf('/')) + 1).toLowerCase();
  return name.endsWith('.exe') ? name.slice(0, -4) : name;
}

export function isNeverUninstaller(program: string): boolean {
  return NEVER.has(stem(program));
}

import { describe, expect, it } from 'vitest';
import { buildAdminAppleScript, appleScriptString, osascriptAdminSpec } from '../../../main/removal/mac-admin-prompt';
import { decodePowerShellEncodedCommand } from '../../../main/removal/powershell-runas';
import { systemRootFrom, toElevatedSpec, withElevation, type ElevationContext } from '../../../main/removal/elevate-spec';
import type { CommandSpec } from '../../../main/system/system-port';

const ctx = (platform: ElevationContext['platform'], isRoot = false): ElevationContext => ({ platform, isRoot, systemRoot: 'C:\\Windows' });

describe('toElevatedSpec', () => {
  const apt: CommandSpec = { file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'], elevate: true, timeoutMs: 1000 };

  it('Linux, not root: pkexec with the program by absolute path', () => {
    expect(toElevatedSpec(apt, ctx('linux'))).toEqual({ file: '/usr/bin/pkexec', args: ['/usr/bin/apt-get', 'remove', '-y', 'kesl'], timeoutMs: 1000 });
  });

  it('Linux or macOS as root: the command itself', () => {
    expect(toElevatedSpec(apt, ctx('linux', true))).toEqual({ file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'], timeoutMs: 1000 });
    expect(toElevatedSpec(apt, ctx('darwin', true)).file).toBe('/usr/bin/apt-get');
  });

  it('a spec that does not ask for elevation is unchanged (msiexec raises its own prompt)', () => {
    const msi: CommandSpec = { file: 'C:\\Windows\\System32\\msiexec.exe', args: ['/x', '{A}'], timeoutMs: 5 };
    expect(toElevatedSpec(msi, ctx('win32'))).toEqual(msi);
  });

  it('Windows: PowerShell Start-Process -Verb RunAs for the one program', () => {
    const spec = toElevatedSpec({ file: 'C:\\Program Files\\V\\u.exe', args: ['/S'], elevate: true }, ctx('win32'));
    expect(spec.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(decodePowerShellEncodedCommand(spec.args.at(-1) ?? '')).toContain("-FilePath 'C:\\Program Files\\V\\u.exe'");
  });

  it('macOS: osascript with the administrator prompt', () => {
    const path = '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript';
    expect(toElevatedSpec({ file: path, args: [], elevate: true }, ctx('darwin'))).toEqual({
      file: '/usr/bin/osascript',
      args: ['-e', `do shell script quoted form of "${path}" with administrator privileges`],
      timeoutMs: undefined,
    });
  });

  it('withElevation hands the wrapped spec to the runner and never throws', async () => {
    const seen: CommandSpec[] = [];
    const run = withElevation(async (spec) => {
      seen.push(spec);
      return { exitCode: 0, signal: null, stdout: '', stderr: '', durationMs: 1, timedOut: false, spawnError: null };
    }, ctx('darwin'));
    await run({ file: '/Applications/X.app', args: [], elevate: true });
    expect(seen[0]?.file).toBe('/usr/bin/osascript');
    const refused = await run({ file: '/Applications/X\n.app', args: [], elevate: true });
    expect(refused.spawnError).toBe('elevation-refused');
    expect(seen).toHaveLength(1);
  });

  it('%SystemRoot% is used only when it is a plain drive path', () => {
    expect(systemRootFrom({ SystemRoot: 'D:\\Windows' })).toBe('D:\\Windows');
    expect(systemRootFrom({ SystemRoot: '\\\\evil\\share' })).toBe('C:\\Windows');
    expect(systemRootFrom({ SystemRoot: 'C:\\Windows & calc' })).toBe('C:\\Windows');
    expect(systemRootFrom({})).toBe('C:\\Windows');
  });
});

describe('macOS administrator prompt quoting', () => {
  it('escapes backslashes and double quotes in AppleScript strings', () => {
    expect(appleScriptString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('every part goes through quoted form of, so sh sees one word each', () => {
    expect(buildAdminAppleScript('/x/u', ['--all', "it's"])).toBe(
      `do shell script quoted form of "/x/u" & " " & quoted form of "--all" & " " & quoted form of "it's" with administrator privileges`,
    );
  });

  it('refuses control characters', () => {
    expect(() => osascriptAdminSpec({ file: '/x', args: ['a\nb'] })).toThrow(/control character/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWindowsCommandLine } from '@shared/removal';
import {
  buildRunAsScript,
  decodePowerShellEncodedCommand,
  escapePowerShellSingleQuoted,
  powershellRunAsSpec,
  quoteWindowsArg,
} from '../../../main/removal/powershell-runas';

/** Reads a PowerShell single-quoted literal back: '' and each doubled look-alike become one. */
function readPsLiteral(text: string): string {
  return text.replace(/(['\u2018\u2019\u201a\u201b])\1/g, '$1');
}

describe('PowerShell RunAs wrapper', () => {
  it('runs powershell.exe by absolute path, no profile, non-interactive, encoded', () => {
    const spec = powershellRunAsSpec({ file: 'C:\\Program Files\\V\\u.exe', args: ['/S'], timeoutMs: 5000 }, 'C:\\Windows');
    expect(spec.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(spec.args.slice(0, -1)).toEqual(['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-WindowStyle', 'Hidden', '-EncodedCommand']);
    expect(spec.elevate).toBeUndefined();
    expect(spec.timeoutMs).toBe(5000);
    const script = decodePowerShellEncodedCommand(spec.args.at(-1) ?? '');
    expect(script).toBe(buildRunAsScript('C:\\Program Files\\V\\u.exe', ['/S']));
    expect(script).toContain("Start-Process -FilePath 'C:\\Program Files\\V\\u.exe' -ArgumentList @('/S') -Verb RunAs -Wait -PassThru");
    expect(script).toContain('exit 1223');
    expect(script).toContain('exit $p.ExitCode');
  });

  it('the encoded command is base64 of UTF-16LE', () => {
    const spec = powershellRunAsSpec({ file: 'C:\\P\\ü.exe', args: [] }, 'C:\\Windows');
    const encoded = spec.args.at(-1) ?? '';
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const bytes = Buffer.from(encoded, 'base64');
    expect(bytes[1]).toBe(0); // "$" in UTF-16LE is 24 00
    expect(decodePowerShellEncodedCommand(encoded)).toContain("-FilePath 'C:\\P\\ü.exe'");
    expect(decodePowerShellEncodedCommand(encoded)).not.toContain('-ArgumentList'); // an empty list is an error in PowerShell
  });

  it.each([
    ["it's", "it''s"],
    ['\u2018a\u2019', '\u2018\u2018a\u2019\u2019'],
    ['\u201a\u201b', '\u201a\u201a\u201b\u201b'],
    ['no quotes', 'no quotes'],
  ])('escapes single quotes and look-alikes: %j', (input, expected) => {
    expect(escapePowerShellSingleQuoted(input)).toBe(expected);
  });

  it('a quote in a path cannot close the PowerShell string (decoded back)', () => {
    const file = "C:\\Program Files\\O'Brien\u2019s\\u.exe";
    const args = ["'; Remove-Item C:\\ -Recurse; '", '\u2018)+(calc)+(\u2019'];
    const script = decodePowerShellEncodedCommand(powershellRunAsSpec({ file, args }, 'C:\\Windows').args.at(-1) ?? '');
    const line = script.split('\n').find((l) => l.includes('Start-Process')) ?? '';
    // Every single-quoted literal on the line is well formed and reads back to our values.
    const literals = [...line.matchAll(/'((?:[^'\u2018\u2019\u201a\u201b]|(['\u2018\u2019\u201a\u201b])\2)*)'/g)].map((m) => readPsLiteral(m[1] ?? ''));
    expect(literals[0]).toBe(file);
    expect(literals.slice(1).map((a) => parseWindowsCommandLine(`x ${a}`)[1])).toEqual(args);
    // Outside the literals only our own words remain.
    const outside = line.replace(/'((?:[^'\u2018\u2019\u201a\u201b]|(['\u2018\u2019\u201a\u201b])\2)*)'/g, 'L');
    expect(outside.trim()).toBe('$p = Start-Process -FilePath L -ArgumentList @(L, L) -Verb RunAs -Wait -PassThru');
  });

  it('quoteWindowsArg round-trips through CommandLineToArgvW rules (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '"', '\\', 'é', '&', "'", '%') }), (arg) => {
        expect(parseWindowsCommandLine(`prog ${quoteWindowsArg(arg)}`)).toEqual(['prog', arg]);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['', '""'],
    ['/S', '/S'],
    ['a b', '"a b"'],
    ['C:\\dir with space\\', '"C:\\dir with space\\\\"'],
    ['say "hi"', '"say \\"hi\\""'],
  ])('quoteWindowsArg(%j) = %s', (arg, expected) => {
    expect(quoteWindowsArg(arg)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodePowerShellScript,
  encodePowerShellScript,
  powershellPath,
  powershellSpec,
  quotePowerShellLiteral,
  windowsSystemRoot,
} from '../../../main/choose/powershell-command';

/** Reads a PowerShell single-quoted literal back the way PowerShell does; null if a lone quote ends it early. */
function readLiteral(quoted: string): string | null {
  if (!quoted.startsWith("'") || !quoted.endsWith("'")) return null;
  const inner = quoted.slice(1, -1);
  let out = '';
  for (let i = 0; i < inner.length; i += 1) {
    const ch = inner[i] as string;
    if (/['\u2018\u2019\u201A\u201B]/.test(ch)) {
      // A lone quote would end the literal early: that is the injection this must prevent.
      if (inner[i + 1] !== ch) return null;
      i += 1;
    }
    out += ch;
  }
  return out;
}

describe('PowerShell quoting', () => {
  it('doubles plain and typographic single quotes', () => {
    expect(quotePowerShellLiteral("C:\\Users\\O'Brien\\setup.exe")).toBe("'C:\\Users\\O''Brien\\setup.exe'");
    expect(quotePowerShellLiteral('a\u2019b')).toBe("'a\u2019\u2019b'");
  });

  it('leaves $ and backticks alone: nothing expands inside single quotes', () => {
    expect(quotePowerShellLiteral('C:\\$(calc)\\`n.exe')).toBe("'C:\\$(calc)\\`n.exe'");
  });

  it('refuses NUL and line breaks', () => {
    expect(() => quotePowerShellLiteral('a\nb')).toThrow();
    expect(() => quotePowerShellLiteral('a\0b')).toThrow();
  });

  it('round-trips any text without line breaks (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '\u2018', '\u2019', '\u201A', '\u201B', '$', '`', '"', 'a', '\\', ' ', 'é') }), (text) => {
        return readLiteral(quotePowerShellLiteral(text)) === text;
      }),
      { numRuns: 300 },
    );
  });
});

describe('PowerShell command', () => {
  it('encodes the script as UTF-16LE Base64 and decodes it back', () => {
    const script = "Write-Output 'Ünïcode ✓'";
    expect(decodePowerShellScript(encodePowerShellScript(script))).toBe(script);
  });

  it('runs Windows PowerShell by absolute path with -NoProfile -NonInteractive -EncodedCommand', () => {
    const spec = powershellSpec('Get-Date');
    expect(spec.file).toMatch(/^[A-Za-z]:\\.*\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe$/);
    expect(spec.args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-EncodedCommand']);
    expect(decodePowerShellScript(spec.args[3] as string)).toBe('Get-Date');
  });

  it('takes %SystemRoot% only when it is a plain drive path', () => {
    expect(windowsSystemRoot({ SystemRoot: 'D:\\Windows\\' })).toBe('D:\\Windows');
    expect(windowsSystemRoot({ SystemRoot: '\\\\server\\share' })).toBe('C:\\Windows');
    expect(windowsSystemRoot({ SystemRoot: 'C:\\Win"dows' })).toBe('C:\\Windows');
    expect(windowsSystemRoot({})).toBe('C:\\Windows');
    expect(powershellPath({ SystemRoot: 'E:\\WINNT' })).toBe('E:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
  });
});

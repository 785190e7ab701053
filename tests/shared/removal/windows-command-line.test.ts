import { describe, expect, it } from 'vitest';
import { parseWindowsCommandLine } from '@shared/removal';

describe('parseWindowsCommandLine (CommandLineToArgvW rules)', () => {
  // The argument examples from Microsoft's "Parsing C command-line arguments" table.
  it.each([
    ['prog "abc" d e', ['prog', 'abc', 'd', 'e']],
    ['prog a\\\\\\b d"e f"g h', ['prog', 'a\\\\\\b', 'de fg', 'h']],
    ['prog a\\\\\\"b c d', ['prog', 'a\\"b', 'c', 'd']],
    ['prog a\\\\\\\\"b c" d e', ['prog', 'a\\\\b c', 'd', 'e']],
    ['prog a"b"" c d', ['prog', 'ab" c d']],
  ])('%s', (line, expected) => {
    expect(parseWindowsCommandLine(line)).toEqual(expected);
  });

  it('reads a quoted program name up to its closing quote, without backslash escapes', () => {
    expect(parseWindowsCommandLine('"C:\\Program Files\\X\\u.exe\\" /S')).toEqual(['C:\\Program Files\\X\\u.exe\\', '/S']);
  });

  it('ends an unquoted program name at the first space, like Windows', () => {
    expect(parseWindowsCommandLine('C:\\Program Files\\X\\u.exe /S')).toEqual(['C:\\Program', 'Files\\X\\u.exe', '/S']);
  });

  it('keeps shell characters as plain text and never expands variables', () => {
    expect(parseWindowsCommandLine('MsiExec.exe /X{A} & %COMSPEC% ^| x')).toEqual(['MsiExec.exe', '/X{A}', '&', '%COMSPEC%', '^|', 'x']);
  });

  it('gives nothing for an empty or blank line', () => {
    expect(parseWindowsCommandLine('')).toEqual([]);
    expect(parseWindowsCommandLine(' \t ')).toEqual([]);
  });
});

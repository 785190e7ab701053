/**
 * Splits a Windows command line the way CommandLineToArgvW does, so a registry uninstall string
 * is read as Windows itself would read it (research electron.md §7, PreloadedAVRemover):
 * - the program name (first token) ends at the closing quote if it starts with one, otherwise at
 *   the first space or tab; no backslash escaping inside it;
 * - in the arguments, 2n backslashes + quote -> n backslashes and the quote toggles quoting;
 *   2n+1 backslashes + quote -> n backslashes and a literal quote; backslashes elsewhere are literal;
 *   inside quotes, "" gives a literal quote (the post-2008 msvcrt rule CommandLineToArgvW shares).
 * It only splits: it never expands %VAR% or interprets & | ^ (no shell ever sees the result).
 */
export function parseWindowsCommandLine(line: string): string[] {
  const argv: string[] = [];
  let i = 0;
  const n = line.length;
  while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
  if (i >= n) return argv;

  // argv[0]
  let program = '';
  if (line[i] === '"') {
    i++;
    while (i < n && line[i] !== '"') program += line[i++];
    if (i < n) i++; // closing quote
  } else {
    while (i < n && line[i] !== ' ' && line[i] !== '\t') program += line[i++];
  }
  argv.push(program);

  // arguments
  for (;;) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= n) break;
    let arg = '';
    let inQuotes = false;
    while (i < n) {
      const c = line[i];
      if (c === '\\') {
        let slashes = 0;
        while (i < n && line[i] === '\\') {
          slashes++;
          i++;
        }
        if (line[i] === '"') {
          arg += '\\'.repeat(Math.floor(slashes / 2));
          if (slashes % 2 === 1) {
            arg += '"';
            i++;
          }
        } else {
          arg += '\\'.repeat(slashes);
        }
        continue;
      }
      if (c === '"') {
        if (inQuotes && line[i + 1] === '"') {
          arg += '"';
          i += 2;
          continue;
        }
        inQuotes = !inQuotes;
        i++;
        continue;
      }
      if (!inQuotes && (c === ' ' || c === '\t')) break;
      arg += c;
      i++;
    }
    argv.push(arg);
  }
  return argv;
}

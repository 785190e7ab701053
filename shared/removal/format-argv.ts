/**
 * Shows an argv for people (dry-run, the Remove screen, the log): each argument that is empty or
 * contains a space or quote is wrapped in double quotes with inner quotes doubled. Display only:
 * commands always run as the argument array, never as this string.
 */
export function formatArgv(file: string, args: readonly string[]): string {
  return [file, ...args].map(showArg).join(' ');
}

function showArg(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  return `"${arg.replace(/"/g, '""')}"`;
}

import { EXIT_USAGE, reportError, type CliIo } from './cli-io';
import { runScanCommand, SCAN_USAGE } from './scan-command';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const USAGE = `usage:
  ${SCAN_USAGE}
  safeswitch passwords convert INPUT --to FORMAT [--output FILE] [--json]
  safeswitch plan [--inventory FILE] [--json]
  safeswitch alternatives [--json] [--platform win32|darwin|linux] [--free] [--needs LIST]
`;

/** The commands; each lives in its own module. */
const commands: Record<string, Command> = {
  scan: runScanCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands[name];
  if (!command) {
    reportError(io, `unknown command "${name}" (try: safeswitch --help)`);
    return EXIT_USAGE;
  }
  return command(rest, io);
}

import { ALTERNATIVES_USAGE, runAlternativesCommand } from './alternatives-command';
import { EXIT_FAILED, EXIT_USAGE, reportError, type CliIo } from './cli-io';
import { PASSWORDS_USAGE, runPasswordsCommand } from './passwords-command';
import { runScanCommand, SCAN_USAGE } from './scan-command';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const USAGE = `usage:
  ${SCAN_USAGE}
  ${PASSWORDS_USAGE}
  safeswitch plan [--inventory FILE] [--json]
  ${ALTERNATIVES_USAGE}
`;

/** The commands; each lives in its own module. */
const commands: Record<string, Command> = {
  scan: runScanCommand,
  passwords: runPasswordsCommand,
  alternatives: runAlternativesCommand,
  plan: async (_argv, io) => {
    reportError(io, 'the removal plan is not built yet in this version');
    return EXIT_FAILED;
  },
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

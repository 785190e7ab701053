import { ALTERNATIVES_USAGE, runAlternativesCommand } from './alternatives-command';
import { EXIT_USAGE, reportError, type CliIo } from './cli-io';
import { PASSWORDS_USAGE, runPasswordsCommand } from './passwords-command';
import { PLAN_USAGE, runPlanCommand } from './plan-command';
import { REMOVE_USAGE, runRemoveCommand } from './remove-command';
import { runScanCommand, SCAN_USAGE } from './scan-command';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const USAGE = `usage:
  ${SCAN_USAGE}
  ${PASSWORDS_USAGE}
  ${PLAN_USAGE}
  ${REMOVE_USAGE}
  ${ALTERNATIVES_USAGE}
`;

/** The commands; each lives in its own module. */
const commands: Record<string, Command> = {
  scan: runScanCommand,
  passwords: runPasswordsCommand,
  alternatives: runAlternativesCommand,
  plan: runPlanCommand,
  remove: (argv, io) => runRemoveCommand(argv, io),
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

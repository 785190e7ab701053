import { ALTERNATIVES_USAGE, runAlternativesCommand } from './alternatives-command';
import { EXIT_USAGE, reportError, type CliIo } from './cli-io';
import { PASSWORDS_USAGE, runPasswordsCommand } from './passwords-command';
import { PLAN_USAGE, runPlanCommand } from './plan-command';
import { REMOVE_USAGE, runRemoveCommand } from './remove-command';
import { runScanCommand, SCAN_USAGE } from './scan-command';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/** The package version, put in by the build (electron-vite `define`); "development" when run unbuilt. */
declare const __SAFESWITCH_VERSION__: string | undefined;
export const CLI_VERSION = typeof __SAFESWITCH_VERSION__ === 'string' ? __SAFESWITCH_VERSION__ : 'development';

const USAGE = `usage:
  ${SCAN_USAGE}
  ${PASSWORDS_USAGE}
  ${PLAN_USAGE}
  ${REMOVE_USAGE}
  ${ALTERNATIVES_USAGE}
`;

/** Each command's own usage line, for `safeswitch COMMAND --help`. */
const USAGES: Record<string, string> = {
  scan: SCAN_USAGE,
  passwords: PASSWORDS_USAGE,
  plan: PLAN_USAGE,
  remove: REMOVE_USAGE,
  alternatives: ALTERNATIVES_USAGE,
};

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
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`safeswitch ${CLI_VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    reportError(io, `unknown command "${name}" (try: safeswitch --help)`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${USAGES[name]}\n`);
    return 0;
  }
  return command(rest, io);
}

import { runCli } from './cli';
import { EXIT_FAILED, reportError, type CliIo } from './cli-io';

/** The `safeswitch` bin: process streams in, an exit code out. */
const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    reportError(io, error instanceof Error ? error.message : String(error));
    process.exitCode = EXIT_FAILED;
  },
);

import { runCli } from './cli';
import { EXIT_FAILED, reportError, type CliIo } from './cli-io';

/**
 * A reader that went away (`safeswitch scan --json | head`) closes the pipe: that is the reader's
 * choice, not an error. Stop quietly instead of printing EPIPE's stack trace.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

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

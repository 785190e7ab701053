import type { CliIo } from '../../main/cli/cli-io';

/** A CliIo that keeps what a command wrote, for tests that call run<X>Command directly. */
export function cliRecorder(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

/** Where a CLI command writes; tests pass a recorder, the real CLI passes process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly cwd: string;
}

/** Exit codes of the CLI contract (design.md). */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** One line on stderr starting `safeswitch: `, as the contract says. */
export function reportError(io: CliIo, message: string): void {
  io.stderr(`safeswitch: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

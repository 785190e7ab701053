/**
 * Why a call failed, as a code the renderer says in the user's language (main's English message stays
 * for the CLI, the logs and as the last resort). A code names a case, not a class: "remove-busy", not
 * "remove-flow". `params` carries what the sentence names (a program, a path), never anything else.
 */
export const FAILURE_CODES = [
  'failed',
  'bad-request',
  'untrusted-sender',
  'step-not-reachable',
  'removal-running',
  'disk-full',
  'link-refused',
  'journal-not-written',
  'output-exists',
  'report-folder-gone',
  'remove-busy',
  'remove-not-chosen',
  'remove-passwords-first',
  'remove-already-removed',
  'remove-restart-first',
  'remove-no-uninstaller',
  'remove-cannot-reopen',
  'remove-internal',
  'reopen-refused',
  'leftover-unknown',
  'leftover-by-hand',
  'unknown-product',
  'no-vendor-page',
  'url-refused',
  'built-in',
  'installer-not-checked',
  'installer-check-refused',
  'installer-changed',
  'installer-not-supported',
] as const;

export type FailureCode = (typeof FAILURE_CODES)[number];

/** What a sentence may name: short strings only. */
export type FailureParams = Readonly<Record<string, string>>;

/** An error main throws on purpose: its code and params reach the renderer; its message stays English. */
export class CodedFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly params: FailureParams = {},
  ) {
    super(message);
  }
}

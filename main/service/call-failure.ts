/** What a failed call sends back over IPC or the preview's HTTP: a plain message and a code, never a stack trace. */
export interface CallFailure {
  readonly error: { readonly code: string; readonly message: string };
}

export function callFailure(code: string, message: string): CallFailure {
  return { error: { code, message } };
}

/** A thrown error as a reply: its own `code` when it has one (bad-request, step-not-reachable…), else `failed`. */
export function failureFrom(error: unknown): CallFailure {
  const code = (error as { code?: unknown } | null)?.code;
  return callFailure(typeof code === 'string' ? code : 'failed', error instanceof Error ? error.message : String(error));
}

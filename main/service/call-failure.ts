import { CodedFailure, type FailureCode, type FailureParams } from '@shared/api/failure-codes';

/**
 * What a failed call sends back over IPC or the preview's HTTP: a code the screen says in the user's
 * language, what that sentence names, and main's English message; never a stack trace.
 */
export interface CallFailure {
  readonly error: { readonly code: string; readonly message: string; readonly params: FailureParams };
}

export function callFailure(code: FailureCode, message: string, params: FailureParams = {}): CallFailure {
  return { error: { code, message, params } };
}

/** A thrown error as a reply: a CodedFailure keeps its code and params; anything else is `failed`. */
export function failureFrom(error: unknown): CallFailure {
  if (error instanceof CodedFailure) return callFailure(error.code, error.message, error.params);
  return callFailure('failed', error instanceof Error ? error.message : String(error));
}

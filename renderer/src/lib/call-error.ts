/** A failed call: main's code (said in the user's language by failure-text.ts), what it names, main's English message. */
export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

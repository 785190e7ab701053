import type { z } from 'zod';
import { chooseCalls, chooseEvents } from './choose-calls';
import type { CallDef } from './define';
import { removeCalls, removeEvents } from './remove-calls';
import { saveCalls, saveEvents } from './save-calls';
import { scanCalls, scanEvents } from './scan-calls';
import { helpCalls } from './help-calls';
import { sessionCalls } from './session-calls';

/**
 * The one API contract (GitHub Desktop style): every request/response call and every progress event,
 * each with a schema. IPC, the CLI and the browser preview all serve exactly this.
 */
export const calls = {
  ...sessionCalls,
  ...scanCalls,
  ...saveCalls,
  ...removeCalls,
  ...chooseCalls,
  ...helpCalls,
} as const;

export const events = {
  ...scanEvents,
  ...saveEvents,
  ...removeEvents,
  ...chooseEvents,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls & string;
export type EventName = keyof typeof events & string;
export type CallRequest<K extends CallName> = Calls[K] extends CallDef<infer Q, z.ZodType> ? z.input<Q> : never;
export type CallResponse<K extends CallName> = Calls[K] extends CallDef<z.ZodType, infer R> ? z.output<R> : never;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const CALL_NAMES = Object.keys(calls) as CallName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** IPC channel names: a fixed prefix so the shell can assert it registered exactly these. */
export const callChannel = (name: CallName): string => `safeswitch:call:${name}`;
export const eventChannel = (name: EventName): string => `safeswitch:event:${name}`;

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(calls, value);
}

type Subscribe = { readonly on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void };

/** A call's answer as it crosses into the page: a plain object, because contextBridge keeps only an Error's message. */
export type CallReply<T> =
  | { readonly ok: T }
  | { readonly error: { readonly code: string; readonly message: string; readonly params?: Readonly<Record<string, string>> } };

/** What the preload (or the preview's bridge script) puts on `window.safeswitch`: calls answer with a CallReply. */
export type SafeSwitchBridge = {
  readonly [K in CallName]: (request: CallRequest<K>) => Promise<CallReply<CallResponse<K>>>;
} & Subscribe;

/** What the renderer's code calls (renderer/src/lib/api.ts): a failed call throws, with its code and params. */
export type SafeSwitchApi = {
  readonly [K in CallName]: (request: CallRequest<K>) => Promise<CallResponse<K>>;
} & Subscribe;

/** What a service implements: one handler per call, plus a sink for progress events. */
export type ApiHandlers = { [K in CallName]: (request: CallResponseInput<K>) => Promise<CallResponse<K>> };
type CallResponseInput<K extends CallName> = Calls[K] extends CallDef<infer Q, z.ZodType> ? z.output<Q> : never;
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

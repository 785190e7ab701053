import { ipcMain, type WebContents } from 'electron';
import { CALL_NAMES, callChannel, eventChannel, type EventName, type EventPayload } from '@shared/api/contract';
import type { SafeSwitchService } from '../service/safeswitch-service';
import { isTrustedSender } from './trusted-senders';

/** What a failed call sends back: a plain message and a code, never a stack trace. */
export interface IpcFailure {
  readonly error: { readonly code: string; readonly message: string };
}

/**
 * The only place that touches ipcMain: one handler per contract call, each checking the sender and
 * validating the payload (SafeSwitchService.invoke validates against the contract's schema).
 */
export function registerCalls(service: SafeSwitchService): string[] {
  const channels: string[] = [];
  for (const name of CALL_NAMES) {
    const channel = callChannel(name);
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrustedSender(event.sender.id)) return failure('untrusted-sender', 'This window may not use SafeSwitch.');
      try {
        return { ok: await service.invoke(name, request) };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return failure(typeof code === 'string' ? code : 'failed', error instanceof Error ? error.message : String(error));
      }
    });
    channels.push(channel);
  }
  return channels;
}

/** Typed main → renderer progress events; never sends to a destroyed window. */
export function sendEvent<E extends EventName>(target: WebContents, event: E, payload: EventPayload<E>): void {
  if (target.isDestroyed()) return;
  target.send(eventChannel(event), payload);
}

function failure(code: string, message: string): IpcFailure {
  return { error: { code, message } };
}

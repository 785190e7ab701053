import { ipcMain, type WebContents } from 'electron';
import { CALL_NAMES, callChannel, eventChannel, type EventName, type EventPayload } from '@shared/api/contract';
import { callFailure, failureFrom, type CallFailure } from '../service/call-failure';
import type { SafeSwitchService } from '../service/safeswitch-service';
import { isTrustedSender } from './trusted-senders';

/** What a failed call sends back: a plain message and a code, never a stack trace. */
export type IpcFailure = CallFailure;

/**
 * The only place that touches ipcMain: one handler per contract call, each checking the sender and
 * validating the payload (SafeSwitchService.invoke validates against the contract's schema).
 */
export function registerCalls(service: SafeSwitchService): string[] {
  const channels: string[] = [];
  for (const name of CALL_NAMES) {
    const channel = callChannel(name);
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrustedSender(event.sender.id, event.senderFrame?.url)) return callFailure('untrusted-sender', 'This window may not use SafeSwitch.');
      try {
        return { ok: await service.invoke(name, request) };
      } catch (error) {
        return failureFrom(error);
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

import { isAppFrameUrl } from './app-url';

/**
 * The webContents ids of SafeSwitch's own window, and the origin its page must have. Every IPC
 * message from anything else is dropped (Electron security checklist item 17, as GitHub Desktop's
 * trusted-ipc-sender does): the id says it is our window, the frame URL says our page is in it.
 */
const trusted = new Set<number>();
/** The development server's origin, set only when an unpackaged app loads it (electron-vite dev). */
let devOrigin: string | null = null;

export function trustSender(id: number): void {
  trusted.add(id);
}

export function forgetSender(id: number): void {
  trusted.delete(id);
}

export function trustDevOrigin(origin: string | null): void {
  devOrigin = origin;
}

export function isTrustedSender(id: number, frameUrl: string | undefined | null): boolean {
  if (!trusted.has(id)) return false;
  if (isAppFrameUrl(frameUrl)) return true;
  if (devOrigin === null || typeof frameUrl !== 'string') return false;
  try {
    return new URL(frameUrl).origin === devOrigin;
  } catch {
    return false;
  }
}

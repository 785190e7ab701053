/**
 * The webContents ids of SafeSwitch's own window. Every IPC message from anything else is dropped
 * (Electron security checklist item 17, as GitHub Desktop's trusted-ipc-sender does).
 */
const trusted = new Set<number>();

export function trustSender(id: number): void {
  trusted.add(id);
}

export function forgetSender(id: number): void {
  trusted.delete(id);
}

export function isTrustedSender(id: number): boolean {
  return trusted.has(id);
}

import type { CommandRefusal, RefusalCode } from './plan-schema';

/** Keeps the offending text short and printable for the log (never shown as a command). */
function shorten(text: string): string {
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 200 ? `${printable.slice(0, 200)}…` : printable;
}

/** A refusal: plain words (`remove` namespace key `refusal.<code>`) plus the technical detail. */
export function refusal(code: RefusalCode, detail: string, params: Record<string, string> = {}): CommandRefusal {
  return { code, text: { key: `refusal.${code}`, params }, detail: shorten(detail) };
}

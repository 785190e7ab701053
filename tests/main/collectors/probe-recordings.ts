import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE64_MARKER, JSON_MARKER } from '../../../main/collectors/windows-probe/probe-script';
import { OUTPUTS } from './fake-run';

/** A probe recording's JSON document (windows-probe.recordings.source.md says what is captured). */
export const probeRecording = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(OUTPUTS, file), 'utf8')) as Record<string, unknown>;

/** The probe's stdout for a document, as PowerShell prints it: the marker, base64 of the UTF-8 JSON, CRLF. */
export function probeStdout(doc: unknown, noise = ''): string {
  return `${noise}${BASE64_MARKER}${Buffer.from(JSON.stringify(doc), 'utf8').toString('base64')}\r\n`;
}

/** The Constrained Language Mode fallback: ASCII-only JSON, every other character as \uXXXX. */
export function probeStdoutEscaped(doc: unknown): string {
  const ascii = JSON.stringify(doc).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${JSON_MARKER}${ascii}\r\n`;
}

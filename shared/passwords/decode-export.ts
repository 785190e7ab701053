import { MAX_EXPORT_BYTES, NotKpmExportError } from './kpm-types';

export interface DecodedExport {
  readonly text: string;
  readonly encoding: string;
  readonly warnings: string[];
}

const TOO_LARGE =
  'This file is too large to be a Kaspersky Password Manager export. Please choose the text file you exported from Kaspersky Password Manager.';

/**
 * Turns the export's bytes into text. KPM writes UTF-8, usually with a BOM (research §4.2);
 * UTF-16 LE/BE with a BOM is accepted defensively. A string input only loses a leading BOM.
 */
export function decodeExport(input: Uint8Array | string): DecodedExport {
  if (typeof input === 'string') {
    if (input.length > MAX_EXPORT_BYTES) throw new NotKpmExportError('too-large', TOO_LARGE);
    return { text: stripBom(input), encoding: 'string', warnings: [] };
  }
  if (input.byteLength > MAX_EXPORT_BYTES) throw new NotKpmExportError('too-large', TOO_LARGE);
  const b0 = input[0];
  const b1 = input[1];
  const b2 = input[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8(input.subarray(3), 'utf-8 (BOM)');
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(input.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(input.subarray(2), 'utf-16be');
  const sniffed = sniffUtf16WithoutBom(input);
  if (sniffed !== undefined) {
    const decoded = decodeUtf16(input, sniffed);
    return { ...decoded, encoding: `${sniffed} (no BOM)` };
  }
  return decodeUtf8(input, 'utf-8');
}

/**
 * Text saved as UTF-16 without a BOM has a zero byte in every other position for Latin text.
 * Looks only at the first 4 KB; needs mostly-ASCII content to decide, otherwise leaves it to UTF-8.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.byteLength, 4096) & ~1;
  if (n < 16) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeUtf8(bytes: Uint8Array, encoding: string): DecodedExport {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding, warnings: [] };
  } catch {
    // Not valid UTF-8. Decode with replacement characters so the reader can still decide whether
    // this is an export at all, and say plainly that some characters could not be read.
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = countReplacements(text);
    return {
      text,
      encoding: `${encoding}, with errors`,
      warnings: [
        `${bad} character${bad === 1 ? '' : 's'} in this file could not be read and show as "\uFFFD". Check those entries after importing.`,
      ],
    };
  }
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): DecodedExport {
  const warnings: string[] = [];
  let body = bytes;
  if (body.byteLength % 2 === 1) {
    body = body.subarray(0, body.byteLength - 1);
    warnings.push('The file ends in the middle of a character; the last byte was left out.');
  }
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body), encoding: `${label} (BOM)`, warnings };
  } catch {
    const text = new TextDecoder(label, { ignoreBOM: true }).decode(body);
    const bad = countReplacements(text);
    warnings.push(
      `${bad} character${bad === 1 ? '' : 's'} in this file could not be read and show as "\uFFFD". Check those entries after importing.`,
    );
    return { text, encoding: `${label} (BOM), with errors`, warnings };
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n += 1;
  return n;
}

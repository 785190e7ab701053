import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { convertExport, parseKpmExport, verifyConversion, type Conversion, type KpmParseResult, type PasswordFormatId } from '@shared/passwords';
import { generateKpmExport } from '../../bench/passwords-export-generator';
import { encode, exportArb, joinLines, serialize } from './kpm-export-arbitrary';

/**
 * Inputs whose parse and conversion output are pinned by hash (output-pin.test.ts), so work on the
 * engine's speed can prove the bytes it writes did not change: a mid-size generated export (the
 * benchmark's generator), every readable research fixture, and a fixed sample of the fuzz test's
 * exports (edge spaces, tabs, quotes, "=", CR CR LF, BOM or not).
 */
export function pinInputs(): { name: string; bytes: Uint8Array }[] {
  const fixtures = join(__dirname, '../../fixtures/kpm');
  const named = [
    'full-export.bom-crlf.from-research.txt',
    'full-export.bom-crlf-crcrlf-notes.from-research.txt',
    'full-export.lf.from-research.txt',
    'full-export.utf16le-bom-crlf.from-research.txt',
    'full-export.utf16be-bom-crlf.from-research.txt',
    'proton-mock.from-research.txt',
    'russian-labels.from-research.txt',
  ].map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, name))) }));
  const sample = fc.sample(exportArb, { seed: 4242, numRuns: 40 }).map((g, i) => ({ name: `fuzz sample ${i}`, bytes: encode(joinLines(serialize(g).lines), g.bom) }));
  return [{ name: 'generated, 3,000 entries', bytes: generateKpmExport(3000).bytes }, ...named, ...sample, { name: 'damaged, 1,000 entries', bytes: damagedExport() }];
}

/** A generated export with stray lines, repeated fields and a byte that is not UTF-8: unplaced lines and a warning. */
function damagedExport(): Uint8Array {
  const text = new TextDecoder().decode(generateKpmExport(1000).bytes);
  const lines = text.split('\r\n').flatMap((line, i) => (i % 97 === 13 ? [line, `Stray, "quoted" line ${i}`] : i % 89 === 7 ? [line, 'Login: again'] : [line]));
  const bytes = new TextEncoder().encode(lines.join('\r\n'));
  bytes[bytes.length >> 1] = 0xff;
  return bytes;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Hash of everything the reader returns. */
export function parseDigest(parsed: KpmParseResult): string {
  return sha256(JSON.stringify(parsed));
}

/** Hash of a conversion's files (exact bytes as written: UTF-8 of `csv`), their order and names, and what was kept aside. */
export function conversionDigest(conversion: Conversion): string {
  const hash = createHash('sha256');
  for (const f of conversion.files) hash.update(`${f.role}\0${f.fileSuffix}\0${f.description}\0${f.header}\0${f.count}\0`).update(f.csv, 'utf8').update('\0');
  hash.update(JSON.stringify({ keptAside: conversion.keptAside, counts: conversion.counts, unplacedLines: conversion.unplacedLines }));
  return hash.digest('hex');
}

/** One digest per input for the parse and each format; the read-back summary is folded in. */
export function digestsOf(bytes: Uint8Array, formats: readonly PasswordFormatId[]): Record<string, string> {
  const parsed = parseKpmExport(bytes);
  const out: Record<string, string> = { parse: parseDigest(parsed) };
  for (const format of formats) {
    const conversion = convertExport(parsed, format);
    const proof = verifyConversion(parsed.entries, format, conversion.files.map((f) => ({ role: f.role, text: f.csv })), parsed.unplaced);
    out[format] = sha256(`${conversionDigest(conversion)}\0${JSON.stringify(proof)}`);
  }
  return out;
}

/** All of digestsOf in one hash, for the inputs pinned by a single line. */
export function combinedDigest(bytes: Uint8Array, formats: readonly PasswordFormatId[]): string {
  return sha256(JSON.stringify(digestsOf(bytes, formats)));
}

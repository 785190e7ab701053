import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertExport, parseKpmExport, type KpmParseResult } from '@shared/passwords';
import { writeConversion } from '../../../main/passwords/write-conversion';
import { generateKpmExport } from '../../bench/passwords-export-generator';

/**
 * The bytes on disk after writeConversion, pinned by SHA-256 and size for a generated 3,000-entry
 * export (taken before the engine's speed work), so a faster writer must write exactly the same files.
 */
const PINNED = {
  bitwarden: [['-bitwarden.csv', 328396, '3620361739b7455d387655c60ba8224c2b5e80939354c333de176dbdc5a9db85']],
  chrome: [
    ['-chrome.csv', 270109, '7dcf00ac8dff464bc6dc14d0d94bdbe6c481494d1ac81b22d2b0cccc51b5ea5d'],
    ['-chrome-not-importable-notes-and-details.csv', 97881, '4281778336870d86163dec836136419766873cfcd5dfe7a263281c4d69e0d01b'],
  ],
  firefox: [
    ['-firefox.csv', 224578, '201474e005f657c569271d2efbea6daea3d7ebc6846913c1e83d14b641e94f96'],
    ['-firefox-not-importable-notes-and-details.csv', 452137, 'e3674fa0b2b6a18da1c5fe6316ad65b77c6cff88cc03ccd4e3a9be1a33d3f6c7'],
  ],
} as const;

let dir: string;
let parsed: KpmParseResult;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'safeswitch-pin-'));
  parsed = parseKpmExport(generateKpmExport(3000).bytes);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('written files are byte for byte what they were', () => {
  it.each(Object.keys(PINNED) as (keyof typeof PINNED)[])('%s', async (format) => {
    const result = await writeConversion(parsed, convertExport(parsed, format), { folder: dir, baseName: format });
    expect(result.verification.ok).toBe(true);
    expect(result.verification.saved).toBe(3000);
    const got = await Promise.all(
      result.files.map(async (f) => {
        const bytes = await readFile(f.path);
        return [f.path.slice(join(dir, format).length), bytes.byteLength, createHash('sha256').update(bytes).digest('hex')];
      }),
    );
    expect(got).toEqual(PINNED[format]);
  });
});

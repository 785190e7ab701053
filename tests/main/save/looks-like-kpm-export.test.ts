import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeKpmExport } from '../../../main/save/save-state';

const fixture = (name: string) => readFile(resolve(__dirname, '../../fixtures/kpm', name));

// The watcher offers a file on the strength of this check alone, so a wrong "yes" would offer
// someone else's file for conversion and a thrown error would stop the watcher.
describe('looksLikeKpmExport', () => {
  it.each(['full-export.lf.from-research.txt', 'full-export.utf16le-bom-crlf.from-research.txt'])('says yes to a KPM export (%s)', async (name) => {
    expect(looksLikeKpmExport(await fixture(name))).toBe(true);
  });

  it.each(['not-kpm-bitwarden.csv', 'not-kpm-blank-lines.txt', 'not-kpm-empty.txt', 'not-kpm-image.bin'])('says no, without throwing, to %s', async (name) => {
    expect(looksLikeKpmExport(await fixture(name))).toBe(false);
  });

  it('says no to an export head cut before its first entry ends', async () => {
    const head = (await fixture('full-export.lf.from-research.txt')).subarray(0, 12);
    expect(looksLikeKpmExport(head)).toBe(false);
  });
});

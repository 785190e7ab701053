import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh folder under the OS temp folder, and a way to remove it after the test. */
export function tempFolder(prefix = 'safeswitch-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Inside a `describe`: a maker of fresh temp folders, each removed after the test that made it
 * (so no test file keeps its own list and afterEach for that).
 */
export function tempFoldersRemovedAfterEach(prefix?: string): () => { path: string; remove: () => void } {
  const made: { remove: () => void }[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) folder.remove();
  });
  return () => {
    const folder = tempFolder(prefix);
    made.push(folder);
    return folder;
  };
}

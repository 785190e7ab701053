import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/built-app';

/**
 * "Nothing above the port knows which machine it has" (design.md): only main/system builds the
 * simulated machine, and only open-service chooses between the two machines.
 */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the simulated machine stays behind the System port', () => {
  it('is imported only inside main/system and by open-service', () => {
    const offenders = sources(join(REPO_ROOT, 'main'))
      .map((file) => relative(REPO_ROOT, file).replace(/\\/g, '/'))
      .filter((file) => !file.startsWith('main/system/') && file !== 'main/service/open-service.ts')
      .filter((file) => /from '[^']*simulated-[a-z-]+'/.test(readFileSync(join(REPO_ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

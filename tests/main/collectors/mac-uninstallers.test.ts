import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCollectors } from '../../../main/collectors/all-collectors';
import { createMacUninstallersCollector, knownMacUninstallers } from '../../../main/collectors/mac-uninstallers';
import { CATALOG } from '@shared/detection/catalog/catalog';
import type { Catalog } from '@shared/detection/catalog/signature-types';
import { fakeContext, ok } from './fake-run';

const KAV_SCRIPT = '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript';
const NA_SCRIPT = '/Library/Application Support/Kaspersky Lab/klnagent/Binaries/UninstallScript';

describe('macOS vendor uninstallers collector', () => {
  let root: string;
  const put = (path: string, kind: 'file' | 'folder'): void => {
    const full = join(root, path);
    if (kind === 'folder') mkdirSync(full, { recursive: true });
    else {
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, '#!/bin/sh\n');
    }
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'safeswitch-uninstallers-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists the research paths from the catalog, once each, with their vendor', () => {
    expect(knownMacUninstallers()).toEqual([
      { path: NA_SCRIPT, vendor: 'Kaspersky' },
      { path: KAV_SCRIPT, vendor: 'Kaspersky' },
      // docs/research/mac-signals.md: the script Homebrew's avast-security cask runs to uninstall.
      { path: '/Applications/Avast.app/Contents/Backend/hub/uninstall.sh', vendor: 'Avast' },
    ]);
    expect(allCollectors.filter((c) => c.name === 'uninstallers').map((c) => c.platforms)).toEqual([['darwin']]);
  });

  it('records only the uninstallers that exist, by file checks alone (no command runs)', async () => {
    put(KAV_SCRIPT, 'file');
    const context = fakeContext('darwin', () => ok(''));
    expect(await createMacUninstallersCollector({ root }).collect(context)).toEqual({
      uninstallers: [{ path: KAV_SCRIPT, vendor: 'Kaspersky' }],
    });
    expect(context.calls).toEqual([]);
  });

  it('a folder where a script should be, or nothing at all, is not an uninstaller', async () => {
    put(NA_SCRIPT, 'folder');
    expect(await createMacUninstallersCollector({ root }).collect(fakeContext('darwin', () => ok('')))).toEqual({ uninstallers: [] });
  });

  it('an .app uninstaller must be a bundle folder, not a file', async () => {
    const catalog: Catalog = {
      ...CATALOG,
      products: [{ id: 'x', vendor: 'Example', name: 'Example', kind: 'antivirus', source: 'test', macUninstallers: ['/Applications/Uninstall Example.app', '/Applications/Remove Example.app'] }],
    };
    put('/Applications/Uninstall Example.app', 'folder');
    put('/Applications/Remove Example.app', 'file');
    expect(await createMacUninstallersCollector({ root, catalog }).collect(fakeContext('darwin', () => ok('')))).toEqual({
      uninstallers: [{ path: '/Applications/Uninstall Example.app', vendor: 'Example' }],
    });
  });
});

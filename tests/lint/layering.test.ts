import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Runs the project's ESLint config (eslint.config.js) over the whole tree and fails on any error;
 * then proves the layering rules fire by linting small snippets as if they lived in each room.
 */
const REPO_ROOT = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: REPO_ROOT });

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(REPO_ROOT, filePath) });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('ESLint over the repository', () => {
  it('finds no errors', async () => {
    const results = await eslint.lintFiles(['.']);
    const errors = results.flatMap((result) =>
      result.messages
        .filter((message) => message.severity === 2)
        .map((message) => `${result.filePath.slice(REPO_ROOT.length + 1)}:${message.line} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
    // Guard against a config that silently lints nothing.
    expect(results.some((result) => result.filePath.includes(`${resolve(REPO_ROOT, 'main')}`))).toBe(true);
  }, 60_000);
});

describe('self-test: the layering rules fire', () => {
  it('stops renderer/ from importing electron, Node or main/', async () => {
    expect(await lintAs('renderer/src/bad.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([
      expect.stringMatching(/^safeswitch\/import-layering: renderer\/ runs in the sandboxed window/),
    ]);
    expect(await lintAs('renderer/src/bad.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toHaveLength(1);
    expect(await lintAs('renderer/src/bad.ts', "import { join } from 'path';\nexport const j = join;\n")).toHaveLength(1);
    expect(
      await lintAs('renderer/src/steps/check/bad.ts', "import { openService } from '../../../../main/service/open-service';\nexport const o = openService;\n"),
    ).toEqual([expect.stringMatching(/may not import main\//)]);
    expect(await lintAs('renderer/src/bad.ts', "export const load = () => import('electron');\n")).toHaveLength(1);
  });

  it('lets renderer/ import shared/, React and its own files', async () => {
    const code = [
      "import { useState } from 'react';",
      "import { CALL_NAMES } from '@shared/api/contract';",
      "import { steps } from '../../../shared/wizard/steps';",
      "import { api } from '../../lib/api';",
      'export const all = [useState, CALL_NAMES, steps, api];',
      '',
    ].join('\n');
    expect(await lintAs('renderer/src/steps/check/fine.ts', code)).toEqual([]);
  });

  it('keeps shared/ to shared/, zod and papaparse', async () => {
    expect(await lintAs('shared/api/fine.ts', "import { z } from 'zod';\nimport Papa from 'papaparse';\nimport { calls } from './contract';\nexport const x = [z, Papa, calls];\n")).toEqual([]);
    for (const source of ['electron', 'node:path', 'fs', 'react', '../../main/system/system-port', '../../renderer/src/lib/api', 'zustand']) {
      expect(await lintAs('shared/api/bad.ts', `import * as m from '${source}';\nexport const x = m;\n`), source).toEqual([
        expect.stringMatching(/^safeswitch\/import-layering: shared\/ is pure TypeScript/),
      ]);
    }
    expect(await lintAs('shared/api/bad.ts', "export { app } from 'electron';\n")).toHaveLength(1);
    expect(await lintAs('shared/api/bad.ts', "export const fs = require('node:fs');\n")).toContainEqual(
      expect.stringMatching(/shared\/ is pure TypeScript/),
    );
  });

  it('allows electron only in the Electron shell files of main/', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await lintAs('main/index.ts', code)).toEqual([]);
    expect(await lintAs('main/shell/create-window.ts', code)).toEqual([]);
    expect(await lintAs('main/preload/index.ts', code)).toEqual([]);
    expect(await lintAs('main/service/bad.ts', code)).toEqual([expect.stringMatching(/belongs only in the Electron shell/)]);
    expect(await lintAs('main/cli/bad.ts', code)).toHaveLength(1);
  });

  it('allows raw ipcMain / ipcRenderer only in the typed wrappers', async () => {
    const ipcMainCode = "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n";
    expect(await lintAs('main/shell/ipc-main.ts', ipcMainCode)).toEqual([]);
    expect(await lintAs('main/shell/create-window.ts', ipcMainCode)).toEqual([expect.stringMatching(/Raw ipcMain only in the typed wrappers/)]);
    expect(await lintAs('main/index.ts', "import * as electron from 'electron';\nexport const h = electron.ipcMain.handle;\n")).toHaveLength(1);
    expect(await lintAs('main/index.ts', "const { ipcMain } = require('electron');\nexport const h = ipcMain;\n")).toContainEqual(
      expect.stringMatching(/Raw ipcMain/),
    );
    expect(await lintAs('main/preload/index.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toEqual([]);
  });

  it('keeps the sandboxed preload free of Node modules and the rest of main/', async () => {
    expect(await lintAs('main/preload/index.ts', "import { join } from 'node:path';\nexport const j = join;\n")).toEqual([
      expect.stringMatching(/sandboxed preload cannot load Node module/),
    ]);
    expect(await lintAs('main/preload/index.ts', "import { x } from '../service/open-service';\nexport const y = x;\n")).toHaveLength(1);
  });

  it('stops main/ from importing renderer/', async () => {
    expect(await lintAs('main/service/bad.ts', "import { api } from '../../renderer/src/lib/api';\nexport const a = api;\n")).toHaveLength(1);
  });

  it('forbids default exports except in tool config files', async () => {
    expect(await lintAs('main/service/bad-default.ts', 'const x = 1;\nexport default x;\n')).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Use a named export/),
    ]);
    expect(await lintAs('renderer/src/bad.tsx', 'const x = 1;\nexport { x as default };\n')).toHaveLength(1);
    expect(await lintAs('electron.vite.config.ts', 'export default {};\n')).toEqual([]);
  });

  it('requires kebab-case file names', async () => {
    const code = 'export const x = 1;\n';
    expect(await lintAs('renderer/src/components/StepPage.tsx', code)).toEqual([expect.stringMatching(/not kebab-case/)]);
    expect(await lintAs('main/service/scan_handlers.ts', code)).toHaveLength(1);
    expect(await lintAs('renderer/src/components/step-page.tsx', code)).toEqual([]);
    expect(await lintAs('tests/main/scan-report.test.ts', code)).toEqual([]);
  });
});

import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMigrationReport } from '../../../main/save/open-report';
import { openService } from '../../../main/service/open-service';

let root: string;
let opened: string[];
const recordOpen = (result: boolean) => async (path: string) => {
  opened.push(path);
  return result;
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'safeswitch-open-report-'));
  opened = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('opening the migration report', () => {
  it('opens report.html of the folder, and says so', async () => {
    const folder = join(root, 'SafeSwitch 2026-11-22');
    await mkdir(folder);
    await writeFile(join(folder, 'report.html'), '<!doctype html>');
    expect(await openMigrationReport(folder, recordOpen(true))).toEqual({ status: 'opened', path: join(folder, 'report.html') });
    expect(opened).toEqual([await realpath(join(folder, 'report.html'))]);
  });

  it('reports not-opened when the computer could not open it, or the opener fails', async () => {
    const folder = join(root, 'f');
    await mkdir(folder);
    await writeFile(join(folder, 'report.html'), 'x');
    expect((await openMigrationReport(folder, recordOpen(false))).status).toBe('not-opened');
    const throwing = async () => {
      throw new Error('no handler for .html');
    };
    expect(await openMigrationReport(folder, throwing)).toEqual({ status: 'not-opened', path: join(folder, 'report.html') });
  });

  it('opens nothing without a folder, or when the report is missing or a folder', async () => {
    expect(await openMigrationReport(null, recordOpen(true))).toEqual({ status: 'no-report', path: null });
    const folder = join(root, 'empty');
    await mkdir(folder);
    expect(await openMigrationReport(folder, recordOpen(true))).toEqual({ status: 'no-report', path: join(folder, 'report.html') });
    await mkdir(join(folder, 'report.html'));
    expect((await openMigrationReport(folder, recordOpen(true))).status).toBe('no-report');
    expect(await openMigrationReport(join(root, 'gone'), recordOpen(true))).toMatchObject({ status: 'no-report' });
    expect(opened).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('refuses a report.html that is a link to a file outside the folder', async () => {
    const folder = join(root, 'folder');
    await mkdir(folder);
    const outside = join(root, 'elsewhere.sh');
    await writeFile(outside, 'echo hi');
    await symlink(outside, join(folder, 'report.html'));
    expect((await openMigrationReport(folder, recordOpen(true))).status).toBe('no-report');
    expect(opened).toEqual([]);
  });
});

describe('openMigrationReport call', () => {
  it('opens only the report of the folder the journal records, and takes no path from the window', async () => {
    const service = await openService({
      dataFolder: root,
      scenarioPath: resolve(__dirname, '../../scenarios/win-kaspersky-password-manager.json'),
      timeScale: 0,
      openPath: recordOpen(true),
    });
    expect(await service.call('openMigrationReport', {})).toEqual({ status: 'no-report', path: null });
    await expect(service.invoke('openMigrationReport', { path: '/etc/passwd' })).rejects.toThrow();
    const chosen = await service.call('setMigrationFolder', { path: null });
    if (chosen.status !== 'ok') throw new Error('folder refused');
    const report = chosen.overview.folder.reportHtml;
    expect(report).toMatch(/report\.html$/);
    expect(await service.call('openMigrationReport', {})).toEqual({ status: 'opened', path: report });
    expect(opened).toEqual([await realpath(report as string)]);
  });
});

describe('openMigrationReport after skipping Save', () => {
  it('opens the report the Done step wrote into its own folder', async () => {
    const service = await openService({
      dataFolder: root,
      scenarioPath: resolve(__dirname, '../../scenarios/win-kaspersky-password-manager.json'),
      timeScale: 0,
      openPath: recordOpen(true),
    });
    await service.call('scan');
    expect((await service.call('openMigrationReport', {})).status).toBe('no-report');
    const final = await service.call('writeFinalReport', {});
    expect(await service.call('openMigrationReport', {})).toEqual({ status: 'opened', path: final.htmlPath });
    expect(opened).toEqual([await realpath(final.htmlPath)]);
  });
});

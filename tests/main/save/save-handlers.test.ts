import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '@shared/api/contract';
import { openService } from '../../../main/service/open-service';
import type { SafeSwitchService } from '../../../main/service/safeswitch-service';

const SCENARIO = resolve(__dirname, '../../scenarios/win-kaspersky-password-manager.json');
const PROTECTED = resolve(__dirname, '../../scenarios/win-kaspersky-settings-password.json');

let dataFolder: string;
let service: SafeSwitchService;
let events: { name: EventName; payload: unknown }[];

async function open(scenarioPath = SCENARIO): Promise<SafeSwitchService> {
  events = [];
  return openService({
    dataFolder,
    scenarioPath,
    timeScale: 0,
    emit: <E extends EventName>(name: E, payload: EventPayload<E>) => void events.push({ name, payload }),
  });
}

const home = () => join(dataFolder, 'simulated-home');
const exportPath = () => join(home(), 'Downloads', 'Kaspersky Password Manager.txt');
const gone = async (path: string) => access(path).then(() => false, () => true);

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'safeswitch-save-'));
  service = await open();
});
afterEach(async () => {
  await service.call('watchExportFiles', { watch: false });
  await rm(dataFolder, { recursive: true, force: true });
});

describe('Save step service', () => {
  it('shows what there is to save before anything is written', async () => {
    const o = await service.call('getSaveOverview');
    expect(o.folder.path).toBeNull();
    expect(o.folder.proposed).toMatch(/Documents[\\/]SafeSwitch \d{4}-\d{2}-\d{2}$/);
    expect(o.passwordManager).toEqual({ installed: true, name: 'Kaspersky Password Manager', canOpen: true });
    expect(o.exportFiles.map((f) => f.name)).toEqual(['Kaspersky Password Manager.txt']);
    expect(o.settings.available).toBe(true);
    expect(o.licence).toEqual({ type: 'commercial', daysLeft: 41 });
    expect(o.quarantine).toEqual({ folder: 'C:\\ProgramData\\Kaspersky Lab\\AVP21.3\\QB', count: 3 });
  });

  it('asks for a folder first, then converts to Bitwarden, verifies, and records it in the report', async () => {
    expect(await service.call('convertPasswords', { exportPath: exportPath(), format: 'bitwarden' })).toEqual({ status: 'needs-folder' });
    await service.call('scan');

    const chosen = await service.call('setMigrationFolder', { path: null });
    if (chosen.status !== 'ok') throw new Error('folder refused');
    const folder = chosen.overview.folder.path as string;
    expect(folder).toMatch(/SafeSwitch \d{4}-\d{2}-\d{2}$/);

    const outcome = await service.call('convertPasswords', { exportPath: exportPath(), format: 'bitwarden' });
    if (outcome.status !== 'done') throw new Error(`not done: ${JSON.stringify(outcome)}`);
    expect(outcome.summary).toBe('5 logins, 2 notes — all 7 saved');
    expect(outcome).toMatchObject({ ok: true, found: 7, verified: 7, byKind: { website: 3, application: 1, other: 1, note: 2 }, differences: [] });
    const csv = join(folder, 'passwords-bitwarden.csv');
    expect(outcome.files.map((f) => f.path)).toEqual([csv]);
    expect(await readFile(csv, 'utf8')).toMatch(/^folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\r\n/);
    if (process.platform !== 'win32') expect((await stat(csv)).mode & 0o777).toBe(0o600);

    const html = await readFile(join(folder, 'report.html'), 'utf8');
    expect(html).toContain('<th scope="row">Entries found in the export</th><td>7</td>');
    expect(html).toContain('<th scope="row">Entries checked in the written files</th><td>7</td>');
    expect(html).toContain('Tools &gt; Import data');
    expect(html).toMatch(/What SafeSwitch found[\s\S]*Kaspersky/);
    expect(html).toContain('<th scope="row">License type</th><td>commercial</td>');
    expect(html).toContain('Quarantine folder: C:\\ProgramData\\Kaspersky Lab\\AVP21.3\\QB; items: 3');
    const sums = await readFile(join(folder, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/^[0-9a-f]{64} {2}passwords-bitwarden\.csv$/m);

    // Neither the journal nor the report keeps any password or note text.
    const journal = await readFile(join(dataFolder, 'migration-journal.json'), 'utf8');
    const report = await readFile(join(folder, 'report.json'), 'utf8');
    for (const secret of ['0042-Tulip', 'roses&ivy', 'ёлка', 'Policy number']) {
      expect(journal).not.toContain(secret);
      expect(report).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
    expect(JSON.parse(journal).save).toMatchObject({ folder, format: 'bitwarden', conversion: { found: 7, verified: 7 } });
  });

  it('never replaces files without asking', async () => {
    await service.call('setMigrationFolder', { path: null });
    await service.call('convertPasswords', { exportPath: exportPath(), format: 'bitwarden' });
    const again = await service.call('convertPasswords', { exportPath: exportPath(), format: 'bitwarden' });
    expect(again.status).toBe('exists');
    const replaced = await service.call('convertPasswords', { exportPath: exportPath(), format: 'bitwarden', overwrite: true });
    expect(replaced.status).toBe('done');
  });

  it('puts what Chrome cannot hold in a second file and says why', async () => {
    await service.call('setMigrationFolder', { path: null });
    const outcome = await service.call('convertPasswords', { exportPath: exportPath(), format: 'chrome' });
    if (outcome.status !== 'done') throw new Error('not done');
    expect(outcome.files.map((f) => f.holds)).toEqual(['passwords', 'kept-aside']);
    expect(outcome.keptAside.length).toBeGreaterThan(0);
    expect(outcome.ok).toBe(true);
  });

  it('explains a wrong, missing or relative export path plainly', async () => {
    await service.call('setMigrationFolder', { path: null });
    const notKpm = await service.call('convertPasswords', { exportPath: join(home(), 'Documents', 'shopping list.txt'), format: 'bitwarden' });
    expect(notKpm).toMatchObject({ status: 'unreadable', reason: 'not-kpm' });
    expect((notKpm as { message: string }).message).toMatch(/does not look like a Kaspersky Password Manager export/i);
    expect(await service.call('convertPasswords', { exportPath: join(home(), 'nope.txt'), format: 'bitwarden' })).toMatchObject({ status: 'unreadable', reason: 'missing' });
    expect(await service.call('convertPasswords', { exportPath: home(), format: 'bitwarden' })).toMatchObject({ status: 'unreadable', reason: 'not-a-file' });
    await expect(service.call('convertPasswords', { exportPath: 'x.txt', format: 'word' })).rejects.toThrow(/invalid request/);
  });

  it('refuses a typed folder that is a file, and accepts a new one', async () => {
    const file = join(dataFolder, 'a-file');
    await writeFile(file, 'x');
    expect(await service.call('setMigrationFolder', { path: file })).toMatchObject({ status: 'refused' });
    expect(await service.call('setMigrationFolder', { path: 'relative/folder' })).toMatchObject({ status: 'refused' });
    const mine = join(dataFolder, 'My backup');
    const ok = await service.call('setMigrationFolder', { path: mine });
    expect(ok).toMatchObject({ status: 'ok', overview: { folder: { path: mine, reportHtml: join(mine, 'report.html') } } });
  });

  it('overwrites and deletes only the files it recorded, and updates the report', async () => {
    const chosen = await service.call('setMigrationFolder', { path: null });
    const folder = (chosen as { overview: { folder: { path: string } } }).overview.folder.path;
    await service.call('convertPasswords', { exportPath: exportPath(), format: 'bitwarden' });
    const csv = join(folder, 'passwords-bitwarden.csv');

    const first = await service.call('deletePlaintextFiles', { exportFile: false, convertedFiles: true });
    expect(first.results).toEqual([expect.objectContaining({ path: csv, deleted: true })]);
    expect(await gone(csv)).toBe(true);
    expect(await gone(exportPath())).toBe(false);
    expect(await readFile(join(folder, 'SHA256SUMS'), 'utf8')).not.toContain('passwords-bitwarden.csv');
    expect(await readFile(join(folder, 'report.html'), 'utf8')).toContain('overwritten and deleted at your request');

    await service.call('deletePlaintextFiles', { exportFile: true, convertedFiles: false });
    expect(await gone(exportPath())).toBe(true);
  });

  it('backs up the settings with avp.com and reports honestly when no file appeared', async () => {
    await service.call('setMigrationFolder', { path: null });
    // The simulated avp.com answers "exported" but cannot create a file, so the honest answer is no-file.
    expect(await service.call('backupSettings', {})).toMatchObject({ status: 'no-file', file: null });
    expect((await service.call('getSaveOverview')).section.settingsBackup?.status).toBe('no-file');
  });

  it('asks for the settings password and never keeps it', async () => {
    service = await open(PROTECTED);
    expect(await service.call('backupSettings', {})).toMatchObject({ status: 'not-available' });
    await service.call('setMigrationFolder', { path: null });
    expect(await service.call('backupSettings', {})).toMatchObject({ status: 'needs-password' });
    const wrong = await service.call('backupSettings', { password: 'guess' });
    expect(wrong).toMatchObject({ status: 'wrong-password', detail: 'Access denied: wrong password.' });
    const right = await service.call('backupSettings', { password: 'correct horse' });
    // This scenario's avp.com writes the file it was asked for (scenario `writesFile`).
    expect(right.status).toBe('saved');
    expect(existsSync(right.file as string)).toBe(true);
    const folder = (await service.call('getSaveOverview')).folder.path as string;
    for (const file of [join(dataFolder, 'migration-journal.json'), join(folder, 'report.json'), join(folder, 'report.html')]) {
      const text = await readFile(file, 'utf8');
      expect(text).not.toContain('correct horse');
      expect(text).not.toContain('guess');
    }
    await expect(service.call('backupSettings', { password: 'two\nlines' })).rejects.toThrow(/invalid request/);
  });

  it('opens Kaspersky Password Manager from the path detection found', async () => {
    expect(await service.call('openPasswordManager')).toEqual({ opened: true });
  });

  it('watches for a new export and only offers it', async () => {
    expect(await service.call('watchExportFiles', { watch: true })).toEqual({ watching: true });
    const fresh = join(home(), 'Documents', '22-11-2026.txt');
    await writeFile(fresh, '\uFEFFWebsites\r\n\r\nWebsite name: New\r\nWebsite URL: a.example\r\nLogin name: \r\nLogin: me\r\nPassword: x\r\nComment: \r\n');
    for (let i = 0; i < 50 && !events.some((e) => e.name === 'exportFileFound'); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(events.filter((e) => e.name === 'exportFileFound').map((e) => (e.payload as { file: { path: string } }).file.path)).toEqual([fresh]);
    expect((await service.call('getSaveOverview')).section.conversion).toBeNull();
    expect(await service.call('watchExportFiles', { watch: false })).toEqual({ watching: false });
  });
});

describe('Save step without an inventory', () => {
  it('still offers the folder and the conversion when detection fails', async () => {
    const failing = await open();
    const system = failing.context.system as unknown as { collectInventory: () => Promise<never> };
    system.collectInventory = () => Promise.reject(new Error('WMI is broken'));
    const o = await failing.call('getSaveOverview');
    expect(o).toMatchObject({ passwordManager: { installed: false }, settings: { available: false }, licence: null, quarantine: null });
    expect(o.exportFiles).toHaveLength(1);
  });
});

import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupKasperskySettings, safeDetail } from '../../../main/save/settings-backup';
import type { CommandResult, CommandSpec } from '../../../main/system/system-port';

const AVP = 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky 21.20\\avp.com';
const result = (over: Partial<CommandResult>): CommandResult => ({
  exitCode: 0, signal: null, stdout: '', stderr: '', durationMs: 1, timedOut: false, spawnError: null, ...over,
});

let folder: string;
let calls: CommandSpec[];
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'safeswitch-settings-'));
  calls = [];
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A fake avp.com: writes the file it is given (or one with .cfg added) when `writes` says so. */
function fakeAvp(outcome: Partial<CommandResult>, writes: 'as-given' | 'cfg-added' | 'none' = 'as-given') {
  return async (spec: CommandSpec): Promise<CommandResult> => {
    calls.push(spec);
    const target = spec.args[spec.args.length - 1] as string;
    if (writes === 'as-given') await writeFile(target, 'settings');
    if (writes === 'cfg-added') await writeFile(`${target}.cfg`, 'settings');
    return result(outcome);
  };
}

describe('backupKasperskySettings', () => {
  it('runs avp.com EXPORT <file> into the migration folder and finds the file', async () => {
    const out = await backupKasperskySettings({ run: fakeAvp({}), avpCom: AVP, productName: 'Kaspersky Plus', folder });
    expect(out).toEqual({ status: 'saved', file: join(folder, 'kaspersky-settings.cfg'), detail: null });
    expect(calls[0]).toMatchObject({ file: AVP, args: ['EXPORT', join(folder, 'kaspersky-settings.cfg')] });
  });

  it('never replaces an earlier backup', async () => {
    await writeFile(join(folder, 'kaspersky-settings.cfg'), 'older');
    const out = await backupKasperskySettings({ run: fakeAvp({}), avpCom: AVP, productName: null, folder });
    expect(out.file).toBe(join(folder, 'kaspersky-settings-2.cfg'));
  });

  it('accepts a build that adds .cfg to the name itself', async () => {
    const out = await backupKasperskySettings({ run: fakeAvp({}, 'cfg-added'), avpCom: AVP, productName: null, folder });
    expect(out).toMatchObject({ status: 'saved', file: join(folder, 'kaspersky-settings.cfg.cfg') });
  });

  it('says so when Kaspersky reports success but wrote no file', async () => {
    const out = await backupKasperskySettings({ run: fakeAvp({}, 'none'), avpCom: AVP, productName: null, folder });
    expect(out.status).toBe('no-file');
  });

  it('asks for the password, then passes it only as /password= and keeps it out of the detail', async () => {
    const asks = fakeAvp({ exitCode: 1, stderr: 'Password protection is enabled. Specify /password=' }, 'none');
    expect((await backupKasperskySettings({ run: asks, avpCom: AVP, productName: null, folder })).status).toBe('needs-password');

    const wrong = fakeAvp({ exitCode: 1, stdout: 'Wrong password s3cr3t!' }, 'none');
    const out = await backupKasperskySettings({ run: wrong, avpCom: AVP, productName: 'Kaspersky Plus', folder, password: 's3cr3t!' });
    expect(out.status).toBe('wrong-password');
    expect(out.detail).toBe('Wrong password •••');
    expect(calls[1]?.args).toEqual(['EXPORT', '/password=s3cr3t!', join(folder, 'kaspersky-settings.cfg')]);

    await backupKasperskySettings({ run: fakeAvp({}), avpCom: AVP, productName: 'Kaspersky Endpoint Security for Windows', folder, password: 'p w' });
    expect(calls[2]?.args.slice(0, 3)).toEqual(['EXPORT', '/login=KLAdmin', '/password=p w']);
  });

  it('reports a missing avp.com, a timeout and another failure plainly', async () => {
    const missing = async () => result({ exitCode: null, spawnError: 'ENOENT' });
    expect((await backupKasperskySettings({ run: missing, avpCom: AVP, productName: null, folder })).status).toBe('not-found');
    const slow = async () => result({ exitCode: null, timedOut: true });
    expect((await backupKasperskySettings({ run: slow, avpCom: AVP, productName: null, folder })).status).toBe('failed');
    const other = async () => result({ exitCode: 3, stdout: '\n  Access denied\nmore' });
    expect(await backupKasperskySettings({ run: other, avpCom: AVP, productName: null, folder })).toEqual({ status: 'failed', file: null, detail: 'Access denied' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('safeDetail trims to one line and hides the password', () => {
    expect(safeDetail('', 'x')).toBeNull();
    expect(safeDetail('bad pw: hunter2 hunter2', 'hunter2')).toBe('bad pw: ••• •••');
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Platform } from '@shared/contracts/inventory';
import { clearReopen, registerReopen, ReopenError } from '../../../main/remove-flow/reopen-after-restart';
import type { CommandResult, CommandSpec, SystemPort } from '../../../main/system/system-port';
import { tempFolder } from '../../helpers/temp-folder';

function fakeSystem(platform: Platform, home: string, exitCode = 0): { system: SystemPort; ran: CommandSpec[] } {
  const ran: CommandSpec[] = [];
  const system: SystemPort = {
    machine: { kind: 'simulated', name: 'fake', platform },
    paths: { home, documents: `${home}/Documents`, downloads: `${home}/Downloads` },
    collectInventory: async () => ({ inventory: { format: 'safeswitch-inventory/1', os: { platform } }, warnings: [] }),
    run: async (spec): Promise<CommandResult> => {
      ran.push(spec);
      return { exitCode, signal: null, stdout: '', stderr: '', durationMs: 1, timedOut: false, spawnError: null };
    },
    folderExists: async () => false,
    appLaunch: null,
    now: () => new Date('2026-11-22T12:00:00Z'),
  };
  return { system, ran };
}

const app = { file: 'C:\\Program Files\\Safe "Switch"\\SafeSwitch.exe', args: [] };

describe('reopen once after a restart', () => {
  it('Windows: one RunOnce value through reg.exe by absolute path, the exe quoted, --resume added', async () => {
    const { system, ran } = fakeSystem('win32', '/nowhere');
    const reopen = await registerReopen(system, app, 'C:\\Windows');
    expect(reopen).toMatchObject({ mechanism: 'run-once', location: 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce\\SafeSwitch' });
    expect(ran[0]).toMatchObject({
      file: 'C:\\Windows\\System32\\reg.exe',
      args: ['add', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce', '/v', 'SafeSwitch', '/t', 'REG_SZ', '/d', '"C:\\Program Files\\Safe \\"Switch\\"\\SafeSwitch.exe" --resume', '/f'],
    });
    await clearReopen(system, reopen, 'C:\\Windows');
    expect(ran[1]?.args.slice(0, 4)).toEqual(['delete', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce', '/v', 'SafeSwitch']);
  });

  it('Windows: a refused registry write is an error the screen can show', async () => {
    const { system } = fakeSystem('win32', '/nowhere', 1);
    await expect(registerReopen(system, app, 'C:\\Windows')).rejects.toThrow(ReopenError);
  });

  it('Linux: an XDG autostart entry with every argument quoted, removed again on clear', async () => {
    const home = tempFolder();
    try {
      const { system } = fakeSystem('linux', home.path);
      const reopen = await registerReopen(system, { file: '/opt/Safe Switch/safeswitch', args: ['--x=$HOME'] }, 'C:\\Windows');
      const text = await readFile(reopen.location, 'utf8');
      expect(reopen.location).toBe(`${home.path}/.config/autostart/safeswitch-resume.desktop`);
      expect(text).toContain('Exec="/opt/Safe Switch/safeswitch" "--x=\\$HOME" "--resume"');
      await clearReopen(system, reopen, 'C:\\Windows');
      await expect(readFile(reopen.location, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      home.remove();
    }
  });

  it('macOS: a RunAtLoad LaunchAgent with the arguments XML-escaped', async () => {
    const home = tempFolder();
    try {
      const { system } = fakeSystem('darwin', home.path);
      const reopen = await registerReopen(system, { file: '/Applications/A&B.app/Contents/MacOS/SafeSwitch', args: [] }, 'C:\\Windows');
      const text = await readFile(reopen.location, 'utf8');
      expect(reopen.mechanism).toBe('launch-agent');
      expect(text).toContain('<string>/Applications/A&amp;B.app/Contents/MacOS/SafeSwitch</string>');
      expect(text).toContain('<key>RunAtLoad</key>');
    } finally {
      home.remove();
    }
  });
});

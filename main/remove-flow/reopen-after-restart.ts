import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reopen } from '@shared/journal/remove-section';
import { writeFileAtomically } from '../fs/atomic-file';
import type { AppLaunch, SystemPort } from '../system/system-port';
import { CodedFailure } from '@shared/api/failure-codes';

/**
 * Reopening SafeSwitch once after a normal restart, with the user's consent (issue 5, point 5;
 * Wixen's RunOnce step, migration.md §1.3 — never Safe Mode):
 * - Windows: a RunOnce value under HKCU (Windows deletes it before running it), written by
 *   `%SystemRoot%\System32\reg.exe` with an argument array;
 * - macOS: a LaunchAgent plist with RunAtLoad in ~/Library/LaunchAgents;
 * - Linux: an XDG autostart `.desktop` file in ~/.config/autostart.
 * On macOS and Linux SafeSwitch deletes its entry as soon as it opens again (`clearReopen`).
 */
export type { AppLaunch } from '../system/system-port';

export const RESUME_ARG = '--resume';
const RUN_ONCE_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce';
const VALUE_NAME = 'SafeSwitch';
const AGENT_LABEL = 'app.safeswitch.resume';

/** Windows refused the entry that reopens SafeSwitch after the restart. */
export class ReopenError extends CodedFailure {}

/** Quotes a Windows argument for a command line stored in the registry (CommandLineToArgvW rules). */
function quoteWindows(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  return `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`;
}

/** `Exec=` of a desktop entry: every argument quoted, with the spec's escapes. */
function quoteDesktop(arg: string): string {
  return `"${arg.replace(/[\\"`$]/g, (c) => `\\${c}`).replace(/%/g, '%%')}"`;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function reopenCommandLine(app: AppLaunch): string[] {
  return [app.file, ...app.args, RESUME_ARG];
}

export async function registerReopen(system: SystemPort, app: AppLaunch, systemRoot: string): Promise<Reopen> {
  const argv = reopenCommandLine(app);
  const at = system.now().toISOString();
  switch (system.machine.platform) {
    case 'win32': {
      const data = argv.map(quoteWindows).join(' ');
      const result = await system.run({
        file: `${systemRoot}\\System32\\reg.exe`,
        args: ['add', RUN_ONCE_KEY, '/v', VALUE_NAME, '/t', 'REG_SZ', '/d', data, '/f'],
        timeoutMs: 30_000,
      });
      if (result.exitCode !== 0) {
        throw new ReopenError('reopen-refused', `Windows did not accept the reopen entry (reg.exe ${result.spawnError ?? `exit ${result.exitCode}`}).`);
      }
      return { mechanism: 'run-once', location: `${RUN_ONCE_KEY}\\${VALUE_NAME}`, registeredAt: at };
    }
    case 'darwin': {
      const folder = join(system.paths.home, 'Library', 'LaunchAgents');
      const file = join(folder, `${AGENT_LABEL}.plist`);
      const args = argv.map((a) => `    <string>${xml(a)}</string>`).join('\n');
      const plist = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>${AGENT_LABEL}</string>
  <key>ProgramArguments</key>
  <array>
${args}
  </array>
  <key>RunAtLoad</key>
  <true/>
</dict>
</plist>
`;
      await mkdir(folder, { recursive: true });
      await writeFileAtomically(file, plist, { mode: 0o644 });
      return { mechanism: 'launch-agent', location: file, registeredAt: at };
    }
    case 'linux': {
      const folder = join(system.paths.home, '.config', 'autostart');
      const file = join(folder, 'safeswitch-resume.desktop');
      const entry = `[Desktop Entry]
Type=Application
Name=SafeSwitch
Comment=Finish checking the removal after the restart
Exec=${argv.map(quoteDesktop).join(' ')}
X-GNOME-Autostart-enabled=true
NoDisplay=true
`;
      await mkdir(folder, { recursive: true });
      await writeFileAtomically(file, entry, { mode: 0o644 });
      return { mechanism: 'xdg-autostart', location: file, registeredAt: at };
    }
  }
}

/** Removes the entry (on reopening, or when the user changes their mind). Missing is fine. */
export async function clearReopen(system: SystemPort, reopen: Reopen, systemRoot: string): Promise<void> {
  if (reopen.mechanism === 'run-once') {
    // Windows already deleted a RunOnce value that ran; this covers "changed my mind" before restart.
    await system.run({
      file: `${systemRoot}\\System32\\reg.exe`,
      args: ['delete', RUN_ONCE_KEY, '/v', VALUE_NAME, '/f'],
      timeoutMs: 30_000,
    });
    return;
  }
  await rm(reopen.location, { force: true });
}

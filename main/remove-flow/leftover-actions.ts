import type { Leftover } from '@shared/journal/remove-section';
import { checkWindowsPath } from '@shared/removal/windows-path';
import { appendMigrationLog } from '../removal';
import type { ServiceContext } from '../service/service-context';
import type { CommandResult, CommandSpec } from '../system/system-port';
import { findKavremover } from './kavremover';
import { logFolderFor } from './removal-plan-view';
import { removeSection, updateSection } from './remove-journal';
import { CodedFailure } from '@shared/api/failure-codes';

export class LeftoverActionError extends CodedFailure {}

const SHA1 = /^[0-9A-F]{40}$/;

/**
 * The command that removes one leftover root certificate by its exact thumbprint (research
 * detection.md §3.4: the thumbprint is per install, so the subject only finds it, the thumbprint
 * removes it). Machine-wide stores need administrator rights; the user's own store does not.
 */
export function certificateRemovalSpec(platform: string, leftover: Leftover, systemRoot: string): CommandSpec | null {
  if (leftover.kind !== 'certificate' || !leftover.removable) return null;
  const thumbprint = leftover.id.slice('certificate:'.length);
  if (!SHA1.test(thumbprint)) return null;
  const store = (leftover.detail ?? '').toLowerCase();
  if (platform === 'win32') {
    const user = store.startsWith('currentuser');
    return {
      file: `${systemRoot}\\System32\\certutil.exe`,
      args: user ? ['-user', '-delstore', 'Root', thumbprint] : ['-delstore', 'Root', thumbprint],
      elevate: !user,
      timeoutMs: 60_000,
    };
  }
  if (platform === 'darwin') {
    return { file: '/usr/bin/security', args: ['delete-certificate', '-Z', thumbprint, '/Library/Keychains/System.keychain'], elevate: true, timeoutMs: 60_000 };
  }
  return null;
}

function findLeftover(context: ServiceContext, leftoverId: string): Leftover | null {
  for (const p of Object.values(removeSection(context.journal.get()).products)) {
    const found = p.verification?.leftovers.find((l) => l.id === leftoverId);
    if (found) return found;
  }
  return null;
}

/** Removes the certificate the verification listed (never anything the renderer names by text). */
export async function removeLeftoverCertificate(context: ServiceContext, leftoverId: string, systemRoot: string): Promise<string> {
  const leftover = findLeftover(context, leftoverId);
  if (!leftover) throw new LeftoverActionError('leftover-unknown', 'SafeSwitch does not know this certificate. Check the computer again first.');
  const spec = certificateRemovalSpec(context.system.machine.platform, leftover, systemRoot);
  if (!spec) throw new LeftoverActionError('leftover-by-hand', 'SafeSwitch cannot remove this certificate itself. The steps to remove it by hand are on the screen.');
  const log = await startLoggedCommand(context, { productId: leftoverId, kind: 'certificate', spec });
  const result = await context.system.run(spec);
  const outcome = result.exitCode === 0 ? 'removed' : result.exitCode === 1223 ? 'declined' : 'failed';
  await log.finished(result, outcome);
  await updateSection(context, (s) => ({ ...s, certificates: [...s.certificates, { leftoverId, at: context.system.now().toISOString(), outcome }] }));
  return outcome;
}

/**
 * Opens kavremover with consent. It is interactive (CAPTCHA) and needs administrator rights, so it
 * is started elevated and SafeSwitch does not wait for it: the user works in its window, then
 * comes back and checks again.
 */
export async function openKavremover(context: ServiceContext): Promise<{ opened: boolean; path: string | null }> {
  if (context.system.machine.platform !== 'win32') return { opened: false, path: null };
  const path = await findKavremover(context.system.paths.downloads);
  if (!path) return { opened: false, path: null };
  // Only a plain local path runs (a real Windows Downloads path; the simulated machine's is POSIX).
  if (/^[A-Za-z]:\\/.test(path) && checkWindowsPath(path) !== null) return { opened: false, path };
  const spec: CommandSpec = { file: path, args: [], elevate: true, timeoutMs: 4 * 60 * 60_000 };
  const log = await startLoggedCommand(context, { productId: 'kavremover', kind: 'vendor-tool', spec });
  void context.system.run(spec).then((result) => log.finished(result).catch(() => undefined));
  return { opened: true, path };
}

/** Every command a leftover action runs goes to the migration log: once when it starts, once when it ends. */
async function startLoggedCommand(
  context: ServiceContext,
  what: { productId: string; kind: string; spec: CommandSpec },
): Promise<{ finished: (result: CommandResult, outcome?: string) => Promise<void> }> {
  const logFolder = logFolderFor(context, context.journal.get());
  const { spec } = what;
  const base = { productId: what.productId, kind: what.kind, file: spec.file, args: spec.args, elevation: spec.elevate ? 'safeswitch-asks' : 'none' };
  await appendMigrationLog(logFolder, { time: context.system.now().toISOString(), event: 'command-started', ...base });
  return {
    finished: (result, outcome) =>
      appendMigrationLog(logFolder, {
        time: context.system.now().toISOString(),
        event: 'command-finished',
        ...base,
        exitCode: result.exitCode,
        durationMs: result.durationMs,
        spawnError: result.spawnError,
        ...(outcome === undefined ? {} : { outcome }),
      }),
  };
}

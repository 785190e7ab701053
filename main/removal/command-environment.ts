import { existsSync } from 'node:fs';
import type { Platform } from '@shared/contracts/inventory';
import type { CommandEnvironment } from '@shared/removal';
import { isPlainWindowsFolder, systemRootFrom } from './elevate-spec';

/**
 * The environment the pure command builder needs, read from this machine: Windows folders from
 * the environment (checked, with the usual defaults), the Linux package manager from its database.
 */
export function commandEnvironmentFor(platform: Platform, logFolder: string, env: NodeJS.ProcessEnv = process.env): CommandEnvironment {
  if (platform === 'win32') {
    const folders = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432].filter(
      (f): f is string => typeof f === 'string' && isPlainWindowsFolder(f),
    );
    return {
      platform,
      logFolder,
      systemRoot: systemRootFrom(env),
      programFiles: folders.length > 0 ? [...new Set(folders)] : ['C:\\Program Files', 'C:\\Program Files (x86)'],
    };
  }
  if (platform === 'linux') {
    const packageManager = existsSync('/var/lib/dpkg/status') ? 'dpkg' : existsSync('/var/lib/rpm') ? 'rpm' : null;
    return { platform, logFolder, packageManager };
  }
  return { platform, logFolder };
}

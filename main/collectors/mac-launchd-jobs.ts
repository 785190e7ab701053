import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Collector } from './collector';

/** LaunchDaemons and LaunchAgents by plist file name (research §2.1: com.kaspersky.kav.plist). */
export function launchdFolders(home = homedir()): string[] {
  return ['/Library/LaunchDaemons', '/Library/LaunchAgents', join(home, 'Library', 'LaunchAgents')];
}

export function createLaunchdJobsCollector(folders?: readonly string[]): Collector {
  return {
    name: 'launchd-jobs',
    platforms: ['darwin'],
    timeoutMs: 10_000,
    async collect() {
      const jobs: { label: string; path: string }[] = [];
      for (const folder of folders ?? launchdFolders()) {
        let names: string[] = [];
        try {
          names = await readdir(folder);
        } catch {
          continue;
        }
        // The file name is the job's label by convention; reading every plist is not worth it.
        for (const n of names) if (n.endsWith('.plist')) jobs.push({ label: n.slice(0, -'.plist'.length), path: join(folder, n) });
      }
      return { launchdJobs: jobs };
    },
  };
}

export const launchdJobsCollector = createLaunchdJobsCollector();

import type { ProgramEntry } from '@shared/contracts/inventory';
import type { Collector, CollectorContext } from './collector';
import { keyName, parseRegQuery, regText } from './reg-query-parser';
import { failure } from './command-failure';
import { regExe } from './windows-tools';

/** The three Uninstall views (research §1.4): 64-bit, 32-bit (WOW6432Node) and per-user. */
export const UNINSTALL_VIEWS = [
  { source: 'registry-64', key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall', args: ['/reg:64'] },
  { source: 'registry-32', key: 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall', args: [] },
  { source: 'registry-user', key: 'HKCU\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall', args: [] },
] as const;

/** Programs from one `reg query <Uninstall> /s` output; entries without a DisplayName are not programs. */
export function parseUninstallEntries(output: string, source: string): ProgramEntry[] {
  const programs: ProgramEntry[] = [];
  for (const [path, values] of parseRegQuery(output)) {
    const name = regText(values, 'DisplayName');
    if (!name) continue;
    programs.push({
      name,
      version: regText(values, 'DisplayVersion'),
      publisher: regText(values, 'Publisher'),
      uninstallString: regText(values, 'UninstallString'),
      quietUninstallString: regText(values, 'QuietUninstallString'),
      installLocation: regText(values, 'InstallLocation'),
      source,
      key: keyName(path),
    });
  }
  return programs;
}

async function readView(context: CollectorContext, view: (typeof UNINSTALL_VIEWS)[number]): Promise<ProgramEntry[]> {
  const result = await context.run({ file: regExe(), args: ['query', view.key, '/s', ...view.args], timeoutMs: 20_000 });
  // Exit 1 with nothing on stdout: the key does not exist in this view (e.g. no per-user programs).
  if (result.exitCode === 1 && result.stdout.trim() === '' && !result.spawnError) return [];
  if (result.exitCode !== 0) throw failure('reg.exe', result);
  return parseUninstallEntries(result.stdout, view.source);
}

export const uninstallEntriesCollector: Collector = {
  name: 'installed-programs',
  platforms: ['win32'],
  timeoutMs: 25_000,
  async collect(context) {
    const views = await Promise.all(UNINSTALL_VIEWS.map((view) => readView(context, view)));
    return { programs: views.flat() };
  },
};

import { readdir } from 'node:fs/promises';
import type { Collector, CollectorContext } from './collector';

type Unit = { name: string; state: string | null; description: string | null };

/**
 * systemd service units. The unit folders are read directly: it needs no running systemd
 * (containers) and takes milliseconds, where `systemctl list-unit-files` (which also works without
 * systemd as PID 1) took over a second on this 2-core machine and was the slowest collector.
 * `list-unit-files` is the fallback when no folder can be read. `list-units` needs a running
 * systemd and is used only for the active state when it answers (it fails at once otherwise).
 */
export const SYSTEMCTL = '/usr/bin/systemctl';
export const UNIT_DIRS = ['/etc/systemd/system', '/run/systemd/system', '/usr/local/lib/systemd/system', '/lib/systemd/system', '/usr/lib/systemd/system'];

/** `list-unit-files --type=service --no-legend` lines: `name.service  enabled  enabled`. */
export function parseUnitFiles(output: string): Unit[] {
  return output.split('\n').flatMap((line) => {
    const [name, state] = line.trim().split(/\s+/);
    return name && name.endsWith('.service') ? [{ name, state: state ?? null, description: null }] : [];
  });
}

/** `list-units --type=service --all --no-legend --plain` lines: `name load active sub description…`. */
export function parseActiveUnits(output: string): Map<string, { sub: string; description: string | null }> {
  const active = new Map<string, { sub: string; description: string | null }>();
  for (const line of output.split('\n')) {
    const [name, , activeState, sub, ...rest] = line.trim().replace(/^●\s*/, '').split(/\s+/);
    if (name?.endsWith('.service') && activeState === 'active') active.set(name, { sub: sub ?? 'running', description: rest.join(' ') || null });
  }
  return active;
}

export async function unitsFromFolders(dirs: readonly string[] = UNIT_DIRS): Promise<Unit[]> {
  const seen = new Map<string, Unit>();
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) if (name.endsWith('.service') && !seen.has(name)) seen.set(name, { name, state: null, description: null });
  }
  return [...seen.values()];
}

async function unitFiles(context: CollectorContext, dirs: readonly string[]): Promise<Unit[]> {
  const fromFolders = await unitsFromFolders(dirs);
  if (fromFolders.length > 0) return fromFolders;
  const files = await context.run({ file: SYSTEMCTL, args: ['list-unit-files', '--type=service', '--no-pager', '--no-legend'], timeoutMs: 10_000 });
  return files.exitCode === 0 ? parseUnitFiles(files.stdout) : [];
}

async function listUnits(context: CollectorContext, dirs: readonly string[]): Promise<Unit[]> {
  const [units, live] = await Promise.all([
    unitFiles(context, dirs),
    context.run({ file: SYSTEMCTL, args: ['list-units', '--type=service', '--all', '--no-pager', '--no-legend', '--plain'], timeoutMs: 10_000 }),
  ]);
  if (live.exitCode !== 0) return units;
  const active = parseActiveUnits(live.stdout);
  return units.map((u) => {
    const a = active.get(u.name);
    return a ? { name: u.name, state: 'active', description: a.description } : u;
  });
}

export function createSystemdUnitsCollector(dirs: readonly string[] = UNIT_DIRS): Collector {
  return {
    name: 'systemd-units',
    platforms: ['linux'],
    timeoutMs: 15_000,
    async collect(context) {
      return { units: await listUnits(context, dirs) };
    },
  };
}

export const systemdUnitsCollector = createSystemdUnitsCollector();

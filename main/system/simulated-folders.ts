import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Inventory } from '@shared/contracts/inventory';
import type { Scenario } from '@shared/contracts/scenario';
import { applyRemovalEffects, removalEffectsSchema } from './simulated-effects';

/**
 * The simulated machine's program and data folders. A scenario's inventory implies its install
 * folders; effects remove them (`removeFolders`) or leave some behind (`leaveFolders`). Kept in a
 * file beside the simulated machine so a restarted preview sees the same folders.
 */
export interface SimulatedRemovalMachine {
  readonly applyEffects: (inventory: Inventory, effects: Record<string, unknown>) => Inventory;
  readonly pathExists: (path: string) => Promise<boolean>;
}

const parentOf = (path: string): string | null => {
  const cut = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  return cut > 0 ? path.slice(0, cut) : null;
};
const trimEnd = (path: string): string => path.replace(/[\\/]+$/, '');

/** Folders the scenario's inventory implies: install locations, app bundles, program folders. */
export function impliedFolders(inventory: Inventory): string[] {
  const found = new Set<string>();
  const add = (path: string | null | undefined): void => {
    if (path && path.trim()) found.add(trimEnd(path.trim()));
  };
  for (const p of inventory.programs ?? []) add(p.installLocation);
  for (const k of inventory.vendorKeys ?? []) add(k.installLocation);
  for (const a of inventory.apps ?? []) add(a.path);
  for (const p of inventory.processes ?? []) if (p.path) add(parentOf(p.path));
  return [...found];
}

export function createSimulatedRemovalMachine(scenario: Scenario, stateFile: string): SimulatedRemovalMachine {
  const caseless = scenario.platform !== 'linux';
  const key = (path: string): string => {
    const trimmed = trimEnd(path);
    return caseless ? trimmed.toLowerCase() : trimmed;
  };
  let folders = readFolders(stateFile) ?? impliedFolders(scenario.inventory);

  const save = (): void => {
    mkdirSync(dirname(stateFile), { recursive: true });
    writeFileSync(`${stateFile}.tmp`, JSON.stringify({ folders }), 'utf8');
    renameSync(`${stateFile}.tmp`, stateFile);
  };

  const under = (path: string, folder: string): boolean => {
    const p = key(path);
    const f = key(folder);
    return p === f || p.startsWith(`${f}\\`) || p.startsWith(`${f}/`);
  };

  return {
    applyEffects(inventory, raw) {
      const effects = removalEffectsSchema.parse(raw);
      if (effects.removeFolders || effects.leaveFolders) {
        const gone = effects.removeFolders ?? [];
        folders = folders.filter((f) => !gone.some((g) => under(f, g)));
        for (const left of effects.leaveFolders ?? []) if (!folders.some((f) => key(f) === key(left))) folders.push(trimEnd(left));
        save();
      }
      return applyRemovalEffects(inventory, raw);
    },
    async pathExists(path) {
      // A folder exists when it was recorded, or holds one that was.
      return folders.some((f) => under(f, path));
    },
  };
}

function readFolders(path: string): string[] | null {
  if (!existsSync(path)) return null;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as { folders?: unknown };
    return Array.isArray(value.folders) && value.folders.every((f) => typeof f === 'string') ? value.folders : null;
  } catch {
    return null;
  }
}

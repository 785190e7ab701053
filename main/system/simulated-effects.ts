import { z } from 'zod';
import {
  defenderStatusSchema,
  processEntrySchema,
  securityCenterEntrySchema,
  serviceEntrySchema,
  type Inventory,
} from '@shared/contracts/inventory';
import type { Scenario } from '@shared/contracts/scenario';
import { ScenarioError } from './load-scenario';

/**
 * The effect vocabulary of a scripted command on the simulated machine: what an uninstaller (or a
 * certificate removal) changes. Scenario commands carry it in `effects`; anything not removed stays
 * behind, which is how a scenario leaves leftovers for verification to find.
 */
const names = z.array(z.string().min(1)).optional();

export const removalEffectsSchema = z
  .object({
    removeProcesses: names,
    removeServices: names,
    /** Keep the service registered but stopped (e.g. a boot driver's service until restart). */
    stopServices: names,
    removePrograms: names,
    removeSecurityCenter: names,
    removeDrivers: names,
    removeApps: names,
    removePackages: names,
    removeLaunchdJobs: names,
    removeUnits: names,
    removeVendorKeys: names,
    /** By thumbprint or by a part of the subject. */
    removeCertificates: names,
    /** By extension id. */
    removeBrowserExtensions: names,
    addProcesses: z.array(processEntrySchema).optional(),
    addServices: z.array(serviceEntrySchema).optional(),
    addSecurityCenter: z.array(securityCenterEntrySchema).optional(),
    /** Microsoft Defender's state afterwards (coming back on, or staying off). */
    defender: defenderStatusSchema.optional(),
    /** Folders (absolute machine paths) the command deletes, with everything under them. */
    removeFolders: names,
    /** Folders the command leaves behind or creates (data folders an uninstaller forgets). */
    leaveFolders: names,
  })
  .strict();
export type RemovalEffects = z.infer<typeof removalEffectsSchema>;

/** A scenario whose effects are misspelt is a bad scenario file: same error, same plain message. */
export class EffectsError extends ScenarioError {}

/** Checks every scripted command's effects up front, so a typo fails the load, not the removal. */
export function checkScenarioEffects(scenario: Scenario): void {
  scenario.commands.forEach((command, index) => {
    if (!command.effects) return;
    const parsed = removalEffectsSchema.safeParse(command.effects);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new EffectsError(
        `the scenario "${scenario.name}" has unknown effects on command ${index + 1} (${command.program}): ${issue?.path.join('.') || 'effects'}: ${issue?.message}`,
      );
    }
  });
}

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();
const baseName = (s: string): string => lower(s.split(/[\\/]/).pop());

function without<T>(list: T[] | undefined, gone: string[] | undefined, key: (item: T) => string[]): T[] | undefined {
  if (!list || !gone || gone.length === 0) return list;
  const wanted = new Set(gone.map(lower));
  return list.filter((item) => !key(item).some((k) => wanted.has(lower(k))));
}

/** Pure: the inventory after the effects (the simulated machine's `applyEffects` hook). */
export function applyRemovalEffects(inventory: Inventory, raw: Record<string, unknown>): Inventory {
  const e = removalEffectsSchema.parse(raw);
  const next: Inventory = structuredClone(inventory);
  next.processes = without(next.processes, e.removeProcesses, (p) => [baseName(p.name)]);
  next.services = without(next.services, e.removeServices, (s) => [s.name]);
  next.programs = without(next.programs, e.removePrograms, (p) => [p.name]);
  next.securityCenter = without(next.securityCenter, e.removeSecurityCenter, (s) => [s.displayName]);
  next.drivers = without(next.drivers, e.removeDrivers, (d) => [d.name]);
  next.apps = without(next.apps, e.removeApps, (a) => [a.name, a.bundleId ?? '']);
  next.packages = without(next.packages, e.removePackages, (p) => [p.name]);
  next.launchdJobs = without(next.launchdJobs, e.removeLaunchdJobs, (j) => [j.label]);
  next.units = without(next.units, e.removeUnits, (u) => [u.name]);
  next.vendorKeys = without(next.vendorKeys, e.removeVendorKeys, (k) => [k.productName ?? k.vendor]);
  next.browserExtensions = without(next.browserExtensions, e.removeBrowserExtensions, (x) => [x.id]);
  if (e.removeCertificates && next.certificates) {
    const gone = e.removeCertificates.map(lower);
    next.certificates = next.certificates.filter(
      (c) => !gone.some((g) => lower(c.thumbprint) === g || lower(c.subject).includes(g)),
    );
  }
  if (e.stopServices && next.services) {
    const stop = new Set(e.stopServices.map(lower));
    next.services = next.services.map((s) => (stop.has(lower(s.name)) ? { ...s, state: 'stopped' } : s));
  }
  if (e.addProcesses) next.processes = [...(next.processes ?? []), ...e.addProcesses];
  if (e.addServices) next.services = [...(next.services ?? []), ...e.addServices];
  if (e.addSecurityCenter) next.securityCenter = [...(next.securityCenter ?? []), ...e.addSecurityCenter];
  if (e.defender) next.defender = { ...(next.defender ?? {}), ...e.defender };
  return next;
}

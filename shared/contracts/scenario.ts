import { z } from 'zod';
import { inventorySchema, platformSchema } from './inventory';
import { scanWarningSchema } from './scan-report';

/**
 * A simulated machine (design.md "One service, three doors"): an inventory plus scripted command
 * outcomes. Tests, the browser preview and the demo mode run the real service on one of these.
 */
export const SCENARIO_FORMAT = 'safeswitch-scenario/1';

export const scriptedCommandSchema = z.object({
  /** Matches when the program's file name (case-insensitive, any folder) equals this. */
  program: z.string(),
  /** Matches when every listed argument appears (case-insensitive). */
  argsInclude: z.array(z.string()).default([]),
  exitCode: z.number().int(),
  stdout: z.string().default(''),
  stderr: z.string().default(''),
  durationMs: z.number().int().nonnegative().default(200),
  /** Use an outcome only this many times, then fall through to the next match. */
  times: z.number().int().positive().optional(),
  /** A file the command makes at the path in argument `argument` (-1 = the last; must be in the simulated home). */
  writesFile: z.object({ argument: z.number().int(), content: z.string() }).optional(),
  /** Inventory changes once the command ran, e.g. what an uninstaller removes. Owned by the removal engine. */
  effects: z.record(z.string(), z.unknown()).optional(),
});
export type ScriptedCommand = z.infer<typeof scriptedCommandSchema>;

export const scenarioSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  name: z.string(),
  platform: platformSchema,
  inventory: inventorySchema,
  commands: z.array(scriptedCommandSchema).default([]),
  /** Files placed in the simulated home folder, by path relative to it (e.g. "Downloads/export.txt"). */
  files: z.record(z.string(), z.string()).default({}),
  /** What the machine's scan could not read, as the real collectors report it (a server with no Security Center, a timeout). */
  warnings: z.array(scanWarningSchema).default([]),
});
export type Scenario = z.infer<typeof scenarioSchema>;

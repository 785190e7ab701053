import { join, resolve } from 'node:path';
import { platformSchema, type Platform } from '@shared/contracts/inventory';
import type { ScanReport } from '@shared/contracts/scan-report';
import { buildRemovalPlan, isCompanionKind, type RemovalPlan } from '@shared/removal';
import { commandEnvironmentFor } from '../removal/command-environment';
import { currentElevationContext, toElevatedSpec, type ElevationContext } from '../removal/elevate-spec';
import { commandSpecFor } from '../removal/run-removal-command';
import { defaultFolderName } from '../save/migration-folder';
import { InventoryFileError } from '../scan/inventory-file';
import { createRealSystem, currentPlatform } from '../system/real-system';
import { parseArgs, UsageError } from './cli-args';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, reportError, type CliIo } from './cli-io';
import { formatPlan, type PlannedLaunch } from './plan-format';
import { readScan } from './read-scan';

export const PLAN_USAGE = 'safeswitch plan [--inventory FILE] [--json] [--dry-run] [--products ID,ID] [--log-folder DIR]';

/**
 * `safeswitch plan`: the removal plan with the exact commands. Reads the live machine (or an
 * inventory file) and changes nothing. Without --products every product found is planned, each
 * companion as its own entry. --dry-run also shows how each command would be launched with its
 * administrator prompt on this machine.
 */
export async function runPlanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, { booleans: ['--json', '--dry-run'], values: ['--inventory', '--products', '--log-folder'] });
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}" (usage: ${PLAN_USAGE})`);
  } catch (error) {
    reportError(io, (error as Error).message);
    return EXIT_USAGE;
  }
  const inventoryPath = args.flags.get('--inventory');
  const products = args.flags.get('--products');
  const logFolderFlag = args.flags.get('--log-folder');
  const dryRun = args.flags.has('--dry-run');

  let report: ScanReport;
  try {
    ({ report } = await readScan(typeof inventoryPath === 'string' ? resolve(io.cwd, inventoryPath) : null));
  } catch (error) {
    reportError(io, (error as Error).message);
    return error instanceof InventoryFileError ? EXIT_USAGE : EXIT_FAILED;
  }

  const parsedPlatform = platformSchema.safeParse(report.os.platform);
  if (!parsedPlatform.success) {
    reportError(io, `the scan is from an unsupported system "${report.os.platform}"`);
    return EXIT_USAGE;
  }
  const platform = parsedPlatform.data;
  const here = platform === currentPlatform();
  const logFolder = typeof logFolderFlag === 'string' ? (here ? resolve(io.cwd, logFolderFlag) : logFolderFlag) : defaultLogFolder(platform, here);
  const selectedIds =
    typeof products === 'string'
      ? products.split(',').map((id) => id.trim()).filter((id) => id !== '')
      : // Everything found; companions come after the main product and stay separate entries.
        [...report.products].sort((a, b) => Number(isCompanionKind(a.kind)) - Number(isCompanionKind(b.kind))).map((p) => p.id);

  const environment = here ? commandEnvironmentFor(platform, logFolder) : { platform, logFolder };
  const plan = buildRemovalPlan({ report, selectedIds, environment });
  const unknown = plan.skipped.filter((s) => s.reason === 'not-found').map((s) => s.productId);
  if (unknown.length > 0) {
    reportError(io, `${unknown.join(', ')} ${unknown.length === 1 ? 'was' : 'were'} not found (see: safeswitch scan for the ids found here)`);
    return EXIT_USAGE;
  }
  const context: ElevationContext = here ? currentElevationContext(platform) : { platform, isRoot: false, systemRoot: 'C:\\Windows' };
  const launches = launchesOf(plan, context);

  if (args.flags.has('--json')) {
    io.stdout(`${JSON.stringify({ ...plan, logFolder, dryRun, commands: launches }, null, 2)}\n`);
  } else {
    io.stdout(formatPlan(plan, launches, dryRun));
  }
  return EXIT_OK;
}

/** Where the app would put its migration folder (not created: the plan changes nothing). */
function defaultLogFolder(platform: Platform, here: boolean): string {
  const name = defaultFolderName(new Date());
  if (here) return join(createRealSystem().paths.documents, name);
  // A scan from another machine: its user's folder is unknown, so show the usual place.
  return platform === 'win32' ? `C:\\Users\\Public\\Documents\\${name}` : `/Users/Shared/${name}`;
}

/** The exact argv per command, and how this machine would launch it (elevation wrapper included). */
function launchesOf(plan: RemovalPlan, context: ElevationContext): PlannedLaunch[] {
  return plan.products.flatMap((product) =>
    product.steps.flatMap((step) => {
      if (!step.command) return [];
      const spec = commandSpecFor(step.command);
      const launched = toElevatedSpec(spec, context);
      return [{ productId: product.productId, argv: [step.command.file, ...step.command.args], launched }];
    }),
  );
}

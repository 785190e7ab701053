import { join, resolve } from 'node:path';
import { buildRemovalPlan, formatArgv, type UninstallCommand } from '@shared/removal';
import { commandEnvironmentFor } from '../removal/command-environment';
import { migrationLogPath } from '../removal/migration-log';
import { runRemovalCommand } from '../removal/run-removal-command';
import { defaultFolderName } from '../save/migration-folder';
import { runScan } from '../scan/run-scan';
import { createRealSystem } from '../system/real-system';
import type { SystemPort } from '../system/system-port';
import { parseArgs, UsageError } from './cli-args';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, reportError, type CliIo } from './cli-io';

export const REMOVE_USAGE = 'safeswitch remove PRODUCT_ID (--dry-run | --yes) [--log-folder DIR]';

/**
 * `safeswitch remove`: removes one product found on this machine with its vendor's own
 * uninstaller, then scans again to check it is gone. `--dry-run` shows the exact command and runs
 * nothing; `--yes` is the consent. Every command goes to the migration log.
 */
export async function runRemoveCommand(argv: readonly string[], io: CliIo, system: SystemPort = createRealSystem()): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, { booleans: ['--dry-run', '--yes'], values: ['--log-folder'] });
    if (args.positionals.length !== 1) throw new UsageError(`name one product to remove (usage: ${REMOVE_USAGE})`);
    if (args.flags.has('--dry-run') && args.flags.has('--yes')) throw new UsageError(`choose --dry-run or --yes, not both (usage: ${REMOVE_USAGE})`);
  } catch (error) {
    reportError(io, (error as Error).message);
    return EXIT_USAGE;
  }
  const productId = args.positionals[0] as string;
  const dryRun = args.flags.has('--dry-run');
  const logFlag = args.flags.get('--log-folder');
  const logFolder = typeof logFlag === 'string' ? resolve(io.cwd, logFlag) : join(system.paths.documents, defaultFolderName(system.now()));

  const platform = system.machine.platform;
  const { report } = await runScan(system);
  const plan = buildRemovalPlan({ report, selectedIds: [productId], environment: commandEnvironmentFor(platform, logFolder) });
  const skipped = plan.skipped[0];
  if (skipped) {
    reportError(io, skipped.reason === 'built-in-protection' ? `${productId} is built-in protection and is never removed` : `${productId} was not found on this computer (see: safeswitch scan)`);
    return EXIT_USAGE;
  }
  const product = plan.products[0];
  if (!product) return EXIT_FAILED;
  // Only now, with the product found, is the consent asked for: a mistyped id is said first.
  if (!dryRun && !args.flags.has('--yes')) {
    reportError(io, `${product.productName} was found; add --yes to remove it, or --dry-run to see the exact command first (usage: ${REMOVE_USAGE})`);
    return EXIT_USAGE;
  }
  if (product.blockers.length > 0) {
    reportError(io, `${product.productName} holds passwords that are not saved yet; save them with SafeSwitch first`);
    return EXIT_FAILED;
  }
  const step = product.steps.find((s) => s.kind === 'run-uninstaller' || s.kind === 'manual-uninstall');
  const command: UninstallCommand | null = step?.command ?? null;
  if (command === null) {
    reportError(io, `SafeSwitch will not run the uninstall command stored for ${product.productName} (${step?.refusal?.code ?? 'none'}); remove it from the system settings`);
    return EXIT_FAILED;
  }

  io.stdout(`${dryRun ? 'Would run' : 'Running'}: ${formatArgv(command.file, command.args)}\n`);
  // A dry run changes nothing, and so writes nothing either, unless a log folder was asked for.
  const logDryRun = typeof logFlag === 'string';
  const result = await runRemovalCommand(system, command, {
    logFolder,
    productId,
    dryRun,
    writeLog: !dryRun || logDryRun,
    onOutput: (chunk) => io.stdout(chunk),
  });
  if (result.dryRun) {
    if (result.launched.file !== command.file) io.stdout(`Launched as: ${formatArgv(result.launched.file, result.launched.args)}\n`);
    io.stdout(logDryRun ? `Dry run: nothing was run. Logged in ${migrationLogPath(logFolder)}\n` : 'Dry run: nothing was run, nothing was written.\n');
    return EXIT_OK;
  }
  io.stdout(`\nResult: ${result.outcome.outcome} (${result.outcome.reason}), exit code ${result.exitCode ?? 'none'}. Logged in ${migrationLogPath(logFolder)}\n`);
  if (result.outcome.outcome === 'needs-restart') {
    io.stdout('Restart the computer to finish, then run: safeswitch scan\n');
    return EXIT_OK;
  }
  if (result.outcome.outcome !== 'success') {
    reportError(io, `the removal of ${product.productName} did not finish: ${result.outcome.outcome} (${result.outcome.reason})`);
    return EXIT_FAILED;
  }
  const after = await runScan(system);
  if (after.report.products.some((p) => p.id === productId)) {
    reportError(io, `${product.productName} is still found after its uninstaller finished (see: safeswitch scan)`);
    return EXIT_FAILED;
  }
  io.stdout(`Checked: ${product.productName} is gone.\n`);
  return EXIT_OK;
}

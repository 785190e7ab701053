import { resolve } from 'node:path';
import type { ScanReport } from '@shared/contracts/scan-report';
import { InventoryFileError, writeInventoryFile } from '../scan/inventory-file';
import { parseArgs, UsageError } from './cli-args';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, reportError, type CliIo } from './cli-io';
import { readScan } from './read-scan';

export const SCAN_USAGE = 'safeswitch scan [--json] [--inventory FILE] [--save-inventory FILE]';

/** `safeswitch scan`: the live machine, or an inventory file from another machine. Changes nothing. */
export async function runScanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, { booleans: ['--json'], values: ['--inventory', '--save-inventory'] });
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}" (usage: ${SCAN_USAGE})`);
  } catch (error) {
    reportError(io, (error as Error).message);
    return EXIT_USAGE;
  }
  const inventoryPath = args.flags.get('--inventory');
  const savePath = args.flags.get('--save-inventory');
  try {
    const { inventory, report } = await readScan(typeof inventoryPath === 'string' ? resolve(io.cwd, inventoryPath) : null);
    if (typeof savePath === 'string') await writeInventoryFile(resolve(io.cwd, savePath), inventory);
    io.stdout(args.flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    return EXIT_OK;
  } catch (error) {
    reportError(io, (error as Error).message);
    return error instanceof InventoryFileError ? EXIT_USAGE : EXIT_FAILED;
  }
}

/** Plain text for people: one line per product, then built-in protection and warnings. */
export function formatReport(report: ScanReport): string {
  const lines: string[] = [];
  if (report.products.length === 0) lines.push('No security products found besides what is built into the system.');
  for (const p of report.products) {
    const version = p.version ? ` ${p.version}` : '';
    lines.push(`${p.name}${version} (${p.vendor}, ${p.kind}): protection ${p.protection}, definitions ${p.signatures}, ${p.running ? 'running' : 'not running'}; removal: ${p.removal.method}`);
    for (const note of p.notes ?? []) lines.push(`  note: ${note}`);
  }
  if (report.builtIn) lines.push(`Built-in protection: ${report.builtIn.name}, ${report.builtIn.protection}`);
  for (const w of report.warnings) lines.push(`warning: ${w.source} ${w.message}`);
  return lines.join('\n') + '\n';
}

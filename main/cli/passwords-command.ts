import { extname, resolve } from 'node:path';
import {
  convertExport,
  isPasswordFormatId,
  PASSWORD_FORMAT_IDS,
  PASSWORD_FORMATS,
  verifyConversion,
  type Conversion,
  type KpmParseResult,
  type VerificationResult,
} from '@shared/passwords';
import { ExportFileError, readExportFile } from '../passwords/read-export-file';
import { OutputExistsError, writeConversionFiles } from '../passwords/write-conversion';
import { parseArgs, UsageError } from './cli-args';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, reportError, type CliIo } from './cli-io';

export const PASSWORDS_USAGE = 'safeswitch passwords convert INPUT --to FORMAT [--output FILE] [--json]';

/**
 * `safeswitch passwords convert`: a Kaspersky Password Manager text export → one of six CSV formats.
 *
 * - With --output FILE the import file is FILE; anything the format cannot hold (Chrome/Firefox:
 *   notes, entries without a web address, Firefox's titles and comments) and any line the reader
 *   could not place go to clearly named files beside it (FILE's name without its extension + a
 *   suffix). Existing files are never replaced (exit 2). The files are read back from disk and
 *   checked; a difference is exit 1.
 * - Without --output the import CSV goes to stdout — but only when it holds everything. When a
 *   second file would be needed, nothing is printed and the command asks for --output (exit 2):
 *   printing part of someone's passwords and hiding the rest on stderr is what a user would not
 *   expect. The printed text is checked with the same read-back before it is printed.
 * - --json prints a summary (counts per kind, files, what was kept aside, anything not placed)
 *   instead of the CSV; with --output the files are still written.
 */
export async function runPasswordsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let input: string;
  let formatArg: string;
  let output: string | undefined;
  let json: boolean;
  try {
    const [sub, ...rest] = argv;
    if (sub !== 'convert') {
      throw new UsageError(sub === undefined ? `missing "convert" (usage: ${PASSWORDS_USAGE})` : `unknown passwords command "${sub}" (usage: ${PASSWORDS_USAGE})`);
    }
    const args = parseArgs(rest, { booleans: ['--json'], values: ['--to', '--output'] });
    if (args.positionals.length !== 1) {
      throw new UsageError(args.positionals.length === 0 ? `missing INPUT, the exported .txt file (usage: ${PASSWORDS_USAGE})` : `unexpected argument "${args.positionals[1]}" (usage: ${PASSWORDS_USAGE})`);
    }
    const to = args.flags.get('--to');
    if (typeof to !== 'string') throw new UsageError(`missing --to FORMAT, one of ${PASSWORD_FORMAT_IDS.join(', ')}`);
    const out = args.flags.get('--output');
    input = args.positionals[0] as string;
    formatArg = to.toLowerCase();
    output = typeof out === 'string' ? out : undefined;
    json = args.flags.has('--json');
    if (!isPasswordFormatId(formatArg)) throw new UsageError(`unknown format "${to}"; use one of ${PASSWORD_FORMAT_IDS.join(', ')} (chrome also covers Edge, Brave and Opera)`);
  } catch (error) {
    reportError(io, (error as Error).message);
    return EXIT_USAGE;
  }
  const format = formatArg;
  const inputPath = resolve(io.cwd, input);

  let parsed: KpmParseResult;
  try {
    parsed = await readExportFile(inputPath);
  } catch (error) {
    reportError(io, error instanceof ExportFileError ? error.message : `could not read ${inputPath}: ${(error as Error).message}`);
    return error instanceof ExportFileError ? EXIT_USAGE : EXIT_FAILED;
  }
  const conversion = convertExport(parsed, format);

  if (output === undefined) {
    const proof = verifyConversion(parsed.entries, format, conversion.files.map((f) => ({ role: f.role, text: f.csv })), parsed.unplaced);
    if (json) {
      io.stdout(JSON.stringify(summaryJson(inputPath, parsed, conversion, proof, null), null, 2) + '\n');
      return finish(io, proof);
    }
    const extra = secondFileReason(conversion);
    if (extra !== null) {
      reportError(io, `${extra}; nothing was printed. Add --output FILE to save them in a second file beside FILE, or --json to see a summary.`);
      return EXIT_USAGE;
    }
    if (!proof.ok) return finish(io, proof);
    io.stdout(conversion.files[0]?.csv ?? '');
    return EXIT_OK;
  }

  const mainPath = resolve(io.cwd, output);
  const stem = mainPath.slice(0, mainPath.length - extname(mainPath).length);
  const paths = conversion.files.map((f) => (f.role === 'passwords' ? mainPath : `${stem}${f.fileSuffix}`));
  let proof: VerificationResult;
  try {
    proof = await writeConversionFiles(parsed, conversion, paths, { overwrite: false });
  } catch (error) {
    if (error instanceof OutputExistsError) {
      reportError(io, `${error.message.replace('or allow replacing', 'or delete')}`);
      return EXIT_USAGE;
    }
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'not allowed to write there' : (error as Error).message;
    reportError(io, `could not write ${mainPath}: ${why}. Nothing was kept.`);
    return EXIT_FAILED;
  }
  io.stdout(json ? JSON.stringify(summaryJson(inputPath, parsed, conversion, proof, paths), null, 2) + '\n' : humanSummary(parsed, conversion, proof, paths));
  return finish(io, proof);
}

function finish(io: CliIo, proof: VerificationResult): number {
  if (proof.ok) return EXIT_OK;
  reportError(io, `the read-back check found ${proof.differences.length} difference${proof.differences.length === 1 ? '' : 's'} (${proof.summary}); do not delete the export yet`);
  return EXIT_FAILED;
}

/** Why the import CSV alone would not hold everything, or null when it does. */
function secondFileReason(conversion: Conversion): string | null {
  const label = PASSWORD_FORMATS[conversion.format].label.split(',')[0] ?? conversion.format;
  const aside = conversion.files.find((f) => f.role === 'kept-aside')?.count ?? 0;
  const parts: string[] = [];
  if (aside > 0) parts.push(`${label} cannot hold ${aside} note${aside === 1 ? '' : 's'} or detail${aside === 1 ? '' : 's'} of this export`);
  if (conversion.unplacedLines > 0) parts.push(`${conversion.unplacedLines} line${conversion.unplacedLines === 1 ? '' : 's'} of the export could not be placed`);
  return parts.length === 0 ? null : parts.join(' and ');
}

function summaryJson(input: string, parsed: KpmParseResult, conversion: Conversion, proof: VerificationResult, paths: readonly string[] | null) {
  return {
    input,
    encoding: parsed.encoding,
    to: conversion.format,
    counts: proof.counts,
    saved: proof.saved,
    verified: proof.ok,
    summary: proof.summary,
    files: conversion.files.map((f, i) => ({ role: f.role, path: paths ? (paths[i] ?? null) : null, rows: f.count, description: f.description })),
    keptAside: conversion.keptAside.map((k) => ({ line: parsed.entries[k.entryIndex]?.line ?? null, kind: k.kind, title: k.title, reason: k.reason, message: k.message })),
    unplaced: parsed.unplaced,
    warnings: parsed.warnings,
    differences: proof.differences,
  };
}

function humanSummary(parsed: KpmParseResult, conversion: Conversion, proof: VerificationResult, paths: readonly string[]): string {
  const lines = [`${proof.summary} (read back from disk and checked).`, '', 'These files hold your passwords in plain text. Delete them once the import worked:'];
  conversion.files.forEach((f, i) => lines.push(`  ${paths[i]}  (${f.count} row${f.count === 1 ? '' : 's'}) ${f.description}`));
  if (conversion.keptAside.length > 0) {
    lines.push('', `Kept aside in the second file (${conversion.keptAside.length}):`);
    for (const k of conversion.keptAside.slice(0, 20)) lines.push(`  line ${parsed.entries[k.entryIndex]?.line ?? '?'}: ${k.title}: ${k.message}`);
    if (conversion.keptAside.length > 20) lines.push(`  … and ${conversion.keptAside.length - 20} more (see the file).`);
  }
  if (parsed.unplaced.length > 0) {
    const shown = parsed.unplaced.slice(0, 20).map((u) => u.line).join(', ');
    lines.push('', `Lines the reader could not place (${parsed.unplaced.length}, saved in the unreadable-lines file): ${shown}${parsed.unplaced.length > 20 ? ', …' : ''}`);
  }
  for (const w of parsed.warnings) lines.push(`warning: ${w}`);
  for (const d of proof.differences) lines.push(`difference: ${d.message}`);
  return lines.join('\n') + '\n';
}

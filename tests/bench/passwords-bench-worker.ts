/**
 * Runs in its own Node process (started by passwords-bench.ts) so its peak memory (maxRSS) is this
 * conversion's alone: read the export from disk, parse, convert, write, read back, verify — the
 * same path as `safeswitch passwords convert --output`. Prints one JSON line with the figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertExport, isPasswordFormatId } from '../../shared/passwords';
import { readExportFile } from '../../main/passwords/read-export-file';
import { conversionPaths, writeConversionFiles } from '../../main/passwords/write-conversion';

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

async function main(): Promise<void> {
  const [input, format = 'bitwarden', expected = '0'] = process.argv.slice(2);
  if (input === undefined || !isPasswordFormatId(format)) throw new Error('usage: passwords-bench-worker INPUT FORMAT EXPECTED');
  const dir = await mkdtemp(join(tmpdir(), 'safeswitch-bench-out-'));
  const rssAtStartMiB = process.memoryUsage().rss / 1024 / 1024;
  // The loader may have peaked before this point; if the peak below equals this one, the
  // conversion never went above what loading the code took.
  const maxRssAtStartMiB = process.resourceUsage().maxRSS / 1024;
  try {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const parsed = await readExportFile(input);
    const t1 = performance.now();
    const c1 = cpuMs(c0);
    const conversion = convertExport(parsed, format);
    const t2 = performance.now();
    const c2 = cpuMs(c0);
    const proof = await writeConversionFiles(parsed, conversion, conversionPaths(conversion, dir, 'passwords'));
    const t3 = performance.now();
    const c3 = cpuMs(c0);
    if (proof.saved !== Number(expected) || !proof.ok) throw new Error(`expected ${expected} entries saved, got ${proof.saved}, ok=${proof.ok}`);
    process.stdout.write(
      JSON.stringify({
        readParseMs: t1 - t0,
        convertMs: t2 - t1,
        writeVerifyMs: t3 - t2,
        totalMs: t3 - t0,
        cpu: { readParseMs: c1, convertMs: c2 - c1, writeVerifyMs: c3 - c2, totalMs: c3 },
        maxRssMiB: process.resourceUsage().maxRSS / 1024,
        rssAtStartMiB,
        maxRssAtStartMiB,
      }) + '\n',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

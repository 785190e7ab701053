import { describe, expect, it } from 'vitest';
import { scanReportSchema } from '@shared/contracts/scan-report';
import { runScanCommand } from '../../../main/cli/scan-command';
import type { CliIo } from '../../../main/cli/cli-io';
import { FIXTURE_TABLE, INVENTORY_DIR } from './inventory-fixtures';

function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd: INVENTORY_DIR,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

describe('safeswitch scan --inventory F --json on the research-derived inventories', () => {
  it.each(FIXTURE_TABLE)('$file', async ({ file, products, builtIn }) => {
    const io = captureIo();
    expect(await runScanCommand(['--inventory', file, '--json'], io)).toBe(0);
    expect(io.err).toBe('');
    const report = scanReportSchema.parse(JSON.parse(io.out));
    expect(report.products.map((p) => [p.vendor, p.name, p.version, p.kind, p.protection, p.signatures])).toEqual(
      products.map((p) => [p.vendor, p.name, p.version, p.kind, p.protection, p.signatures]),
    );
    expect(report.builtIn).toEqual(builtIn);
  });
});

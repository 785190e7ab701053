import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanReportSchema } from '@shared/contracts/scan-report';
import { runCli } from '../../../main/cli/cli';
import { tempFolder } from '../../helpers/temp-folder';
import { cliRecorder } from '../../helpers/cli-recorder';

const ROOT = resolve(__dirname, '../../..');

const recorder = (cwd = ROOT) => cliRecorder(cwd);

const INVENTORY = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/win-kaspersky-basic.json'), 'utf8')).inventory;

describe('safeswitch scan', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(() => folder.remove());

  it('reads an inventory file from another machine and prints a valid report', async () => {
    const file = join(folder.path, 'inventory.json');
    writeFileSync(file, JSON.stringify(INVENTORY));
    const io = recorder();
    expect(await runCli(['scan', '--inventory', file, '--json'], io)).toBe(0);
    const report = scanReportSchema.parse(JSON.parse(io.out));
    expect(report.os.platform).toBe('win32');
    expect(report.products.some((p) => p.vendor === 'Kaspersky')).toBe(true);
    expect(io.err).toBe('');
  });

  it('prints plain text without --json', async () => {
    const file = join(folder.path, 'inventory.json');
    writeFileSync(file, JSON.stringify(INVENTORY));
    const io = recorder();
    expect(await runCli(['scan', '--inventory', file], io)).toBe(0);
    expect(io.out).toMatch(/Kaspersky/);
    expect(io.out).toMatch(/Built-in protection: Microsoft Defender Antivirus/);
  });

  it.each([
    ['a missing file', null, /inventory file not found/],
    ['broken JSON', '{"format": "safeswitch-inventory/1", ', /not valid JSON/],
    ['a different kind of file', '{"format": "something-else/1", "os": {}}', /not a SafeSwitch inventory/],
    ['another inventory version', '{"format": "safeswitch-inventory/2", "os": {"platform": "win32"}}', /"safeswitch-inventory\/2" inventory; this SafeSwitch reads "safeswitch-inventory\/1"/],
    ['a damaged inventory', '{"format": "safeswitch-inventory/1", "os": {"platform": "win32"}, "processes": [{"pid": "x"}]}', /damaged at processes\.0/],
    ['an empty file', '', /not valid JSON/],
  ])('exits 2 with one clear line for %s', async (_label, content, message) => {
    const file = join(folder.path, 'inventory.json');
    if (content !== null) writeFileSync(file, content);
    const io = recorder();
    expect(await runCli(['scan', '--inventory', file], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^safeswitch: /);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(message);
  });

  it.each([
    [['scan', '--bogus']],
    [['scan', '--inventory']],
    [['scan', 'extra']],
    [['nonsense']],
  ])('exits 2 on bad usage %j', async (argv) => {
    const io = recorder();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toMatch(/^safeswitch: .+\n$/);
  });

  it('saves an inventory for a technician and never replaces an existing file', async () => {
    const input = join(folder.path, 'in.json');
    const output = join(folder.path, 'out.json');
    writeFileSync(input, JSON.stringify(INVENTORY));
    expect(await runCli(['scan', '--inventory', input, '--save-inventory', output, '--json'], recorder())).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).format).toBe('safeswitch-inventory/1');
    const again = recorder();
    expect(await runCli(['scan', '--inventory', input, '--save-inventory', output], again)).toBe(2);
    expect(again.err).toMatch(/already exists/);
  });
});

describe('the built bin', () => {
  const bin = join(ROOT, 'out/main/cli.js');

  it.runIf(existsSync(bin))('scans this machine live and prints a valid safeswitch-scan/1 report', () => {
    const out = execFileSync(process.execPath, [bin, 'scan', '--json'], { encoding: 'utf8', timeout: 120_000 });
    const report = scanReportSchema.parse(JSON.parse(out));
    expect(report.os.platform).toBe(process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux');
  });

  it.runIf(existsSync(bin))('exits 2 with one safeswitch: line for a missing inventory', () => {
    const result = spawnSync(process.execPath, [bin, 'scan', '--inventory', '/nonexistent/inventory.json'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('safeswitch: inventory file not found: /nonexistent/inventory.json\n');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removalPlanSchema } from '@shared/removal';
import { decodePowerShellEncodedCommand } from '../../../main/removal/powershell-runas';
import { runPlanCommand } from '../../../main/cli/plan-command';
import { cliRecorder } from '../../helpers/cli-recorder';

const FIXTURES = join(__dirname, '../../fixtures/inventories');
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'safeswitch-plan-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const recorder = () => cliRecorder(FIXTURES);

describe('safeswitch plan', () => {
  it('--json: Kaspersky Total Security, then its VPN and Password Manager as separate entries, with exact argv', async () => {
    const io = recorder();
    const code = await runPlanCommand(['--inventory', 'kaspersky-kts-vpn-kpm.from-research.json', '--json', '--log-folder', 'C:\\Users\\ann\\Documents\\SafeSwitch'], io);
    expect(code).toBe(0);
    expect(io.err).toBe('');
    const printed = JSON.parse(io.out) as Record<string, unknown>;
    const plan = removalPlanSchema.parse(printed);
    expect(plan.products.map((p) => [p.productId, p.companion])).toEqual([
      ['kaspersky-total-security', false],
      ['kaspersky-password-manager', true],
      ['kaspersky-vpn', true],
    ]);
    const uninstall = plan.products[0]?.steps.find((s) => s.kind === 'run-uninstaller');
    expect(uninstall?.command).toMatchObject({
      file: 'C:\\Windows\\System32\\msiexec.exe',
      args: ['/x', '{63129F5E-8EC5-41BA-A4CF-47966CE84953}', '/passive', '/norestart', '/l*v', 'C:\\Users\\ann\\Documents\\SafeSwitch\\uninstall-kaspersky-total-security-msiexec.log'],
    });
    // The password manager waits for the Save step (the CLI knows nothing saved).
    expect(plan.products[1]?.blockers.map((b) => b.code)).toEqual(['password-data-not-saved']);
    expect(printed.commands).toHaveLength(3);
  });

  it('text: names each step in plain words, shows the command, says nothing changed', async () => {
    const io = recorder();
    expect(await runPlanCommand(['--inventory', 'kaspersky-kts-vpn-kpm.from-research.json', '--products', 'kaspersky-total-security'], io)).toBe(0);
    expect(io.out).toContain('Kaspersky Total Security [kaspersky-total-security]');
    expect(io.out).toContain("Run the vendor's own uninstaller.");
    expect(io.out).toMatch(/command: C:\\Windows\\System32\\msiexec\.exe \/x \{63129F5E-8EC5-41BA-A4CF-47966CE84953\} \/passive \/norestart \/l\*v "C:\\Users\\Public\\Documents\\SafeSwitch \d{4}-\d\d-\d\d\\uninstall-kaspersky-total-security-msiexec\.log"/);
    expect(io.out).toContain('restart likely');
    expect(io.out).toContain('Also found, a separate choice: Kaspersky VPN');
    expect(io.out.trim().split('\n').at(-1)).toBe('Nothing was changed.');
  });

  it('--dry-run on an uninstaller .exe shows how it is launched (PowerShell RunAs, decodable)', async () => {
    const io = recorder();
    expect(await runPlanCommand(['--inventory', 'avast.from-research.json', '--dry-run', '--json'], io)).toBe(0);
    const printed = JSON.parse(io.out) as { dryRun: boolean; commands: Array<{ argv: string[]; launched: { file: string; args: string[] } }> };
    expect(printed.dryRun).toBe(true);
    expect(printed.commands[0]?.argv).toEqual(['C:\\Program Files\\Avast Software\\Avast\\setup\\Instup.exe', '/control_panel']);
    expect(printed.commands[0]?.launched.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    const script = decodePowerShellEncodedCommand(printed.commands[0]?.launched.args.at(-1) ?? '');
    expect(script).toContain("Start-Process -FilePath 'C:\\Program Files\\Avast Software\\Avast\\setup\\Instup.exe' -ArgumentList @('/control_panel') -Verb RunAs -Wait -PassThru");
  });

  it('Linux: apt-get remove with the detected packages', async () => {
    const io = recorder();
    expect(await runPlanCommand(['--inventory', 'linux-kesl-network-agent.from-research.json', '--products', 'kaspersky-endpoint-security-linux', '--dry-run'], io)).toBe(0);
    expect(io.out).toContain('command: /usr/bin/apt-get remove -y kesl');
    expect(io.out).toContain('Dry run: these are the exact commands; nothing was run or changed.');
  });

  it('never plans built-in protection, and says so', async () => {
    const io = recorder();
    expect(await runPlanCommand(['--inventory', 'defender-only.from-research.json', '--products', 'microsoft-defender'], io)).toBe(0);
    expect(io.out).toContain('Nothing to remove');
    expect(io.out).toContain('Not planned: microsoft-defender (built-in protection is never removed)');
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['extra'], 'unexpected argument "extra"'],
    [['--inventory'], '--inventory needs a value'],
    [['--inventory', 'missing.json'], 'inventory file not found'],
  ])('bad input %j: one line on stderr, exit 2', async (argv, message) => {
    const io = recorder();
    expect(await runPlanCommand(argv, io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^safeswitch: .+\n$/);
    expect(io.err).toContain(message);
  });

  it('an inventory from an unsupported system is bad input, and nothing is planned', async () => {
    const path = join(folder, 'freebsd.json');
    writeFileSync(path, JSON.stringify({ format: 'safeswitch-inventory/1', os: { platform: 'freebsd' } }));
    const io = recorder();
    expect(await runPlanCommand(['--inventory', path], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toBe('safeswitch: the scan is from an unsupported system "freebsd"\n');
  });

  it('a product id that was not found is bad usage: exit 2, one line, nothing printed', async () => {
    const io = recorder();
    expect(await runPlanCommand(['--inventory', 'kaspersky-total-security.from-research.json', '--products', 'no-such-product', '--json'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^safeswitch: no-such-product was not found \(see: safeswitch scan for the ids found here\)\n$/);
  });

  it('an inventory that is not JSON is bad input', async () => {
    const path = join(folder, 'broken.json');
    writeFileSync(path, '{"format": "safeswitch-inventory/1", ');
    const io = recorder();
    expect(await runPlanCommand(['--inventory', path], io)).toBe(2);
    expect(io.err).toContain('not valid JSON');
  });
});

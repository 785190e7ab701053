import { readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UninstallCommand } from '@shared/removal';
import { decodePowerShellScript } from '../../../main/choose/powershell-command';
import { runRemovalCommand } from '../../../main/removal/run-removal-command';
import { checkUninstaller, UNINSTALLER_CHECK_MARKER } from '../../../main/removal/uninstaller-signature';
import type { CommandResult, CommandSpec, SystemPort } from '../../../main/system/system-port';

/**
 * Issue 12: the program SafeSwitch raises must carry the vendor's valid signature, checked before
 * consent with its SHA-256 pinned, and checked again right before launch. The Kaspersky answer is a
 * real Get-AuthenticodeSignature result (fixtures/outputs/authenticode-kaspersky-setup.captured.txt,
 * source beside it); the others are written from PowerShell's documented statuses.
 */
const FIXTURES = join(__dirname, '../../fixtures/outputs');
const KASPERSKY = readFileSync(join(FIXTURES, 'authenticode-kaspersky-setup.captured.txt'), 'utf8');
const OTHER = readFileSync(join(FIXTURES, 'authenticode-other-signer.from-research.txt'), 'utf8');
const NOT_SIGNED = readFileSync(join(FIXTURES, 'authenticode-not-signed.from-research.txt'), 'utf8');
const HASH_MISMATCH = readFileSync(join(FIXTURES, 'authenticode-hash-mismatch.from-research.txt'), 'utf8');
const PINNED = '40921b7262e1136c85ae1de03fabde0eb138adbffa98badbb508e2b914c40c92';
const FILE = 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.3\\uninstall.exe';

const ok = (stdout: string, stderr = '', exitCode = 0): CommandResult => ({ exitCode, signal: null, stdout, stderr, durationMs: 5, timedOut: false, spawnError: null });
const notRun = (spawnError: string): CommandResult => ({ exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 0, timedOut: false, spawnError });

/** A machine that answers each command from `answer` and records what ran. */
function machine(platform: 'win32' | 'darwin', answer: (spec: CommandSpec, index: number) => CommandResult): { system: SystemPort; ran: CommandSpec[] } {
  const ran: CommandSpec[] = [];
  const system: SystemPort = {
    machine: { kind: 'simulated', name: 'test', platform },
    paths: { home: '/h', documents: '/h/Documents', downloads: '/h/Downloads' },
    collectInventory: async () => ({ inventory: { format: 'safeswitch-inventory/1', os: { platform } }, warnings: [] }),
    run: async (spec) => {
      ran.push(spec);
      return answer(spec, ran.length - 1);
    },
    folderExists: async () => false,
    appLaunch: null,
    now: () => new Date('2026-12-01T10:00:00Z'),
  };
  return { system, ran };
}

const exe = (more: Partial<UninstallCommand> = {}): UninstallCommand => ({
  kind: 'exe-uninstaller',
  file: FILE,
  args: ['/remove'],
  elevation: 'safeswitch-asks',
  timeoutMs: 60_000,
  logFile: null,
  source: 'uninstallString',
  signature: { kind: 'authenticode', expectedSigners: ['AO Kaspersky Lab'], teamId: null },
  trust: null,
  ...more,
});

const isCheck = (spec: CommandSpec): boolean => {
  const at = spec.args.indexOf('-EncodedCommand');
  return at >= 0 && decodePowerShellScript(spec.args[at + 1] ?? '').startsWith(UNINSTALLER_CHECK_MARKER);
};

describe('checkUninstaller on Windows', () => {
  it("trusts Kaspersky's real signature and pins the file's SHA-256", async () => {
    const { system, ran } = machine('win32', () => ok(KASPERSKY));
    expect(await checkUninstaller(system, exe())).toEqual({ file: FILE, verdict: 'trusted', signer: 'AO Kaspersky Lab', sha256: PINNED, checkedAt: '2026-12-01T10:00:00.000Z' });
    // One PowerShell run, by absolute path, the path only as a quoted literal inside the script.
    expect(ran).toHaveLength(1);
    expect(ran[0]!.file).toMatch(/^[A-Z]:\\.*\\powershell\.exe$/i);
    expect(decodePowerShellScript(ran[0]!.args.at(-1)!)).toContain(`-LiteralPath '${FILE}'`);
  });

  it.each([
    ['a valid signature of another company', OTHER + 'Sha256: ' + PINNED, 'wrong-signer'],
    ['no signature', NOT_SIGNED + 'Sha256: ' + PINNED, 'unsigned'],
    ['a signature whose hash does not match the file', HASH_MISMATCH + 'Sha256: ' + PINNED, 'invalid'],
    ['a trusted signature but no hash', KASPERSKY.replace(/^Sha256:.*$/m, ''), 'check-failed'],
    ['PowerShell printed nothing', '', 'check-failed'],
  ])('%s -> %s', async (_name, stdout, verdict) => {
    const { system } = machine('win32', () => ok(stdout));
    expect((await checkUninstaller(system, exe()))?.verdict).toBe(verdict);
  });

  it('PowerShell that cannot start is check-failed, never trusted', async () => {
    const { system } = machine('win32', () => notRun('ENOENT'));
    expect((await checkUninstaller(system, exe()))?.verdict).toBe('check-failed');
  });

  it('a command that SafeSwitch does not raise itself needs no check', async () => {
    const { system, ran } = machine('win32', () => ok(''));
    expect(await checkUninstaller(system, exe({ kind: 'msiexec', signature: null }))).toBeNull();
    expect(ran).toEqual([]);
  });
});

describe('checkUninstaller on macOS', () => {
  const SCRIPT = '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript';
  const mac = (): UninstallCommand => exe({ kind: 'mac-script', file: SCRIPT, args: [], signature: { kind: 'mac-team-id', expectedSigners: [], teamId: '2Y8XE5CQ94' } });
  const answers = (verify: CommandResult, team: string) => (spec: CommandSpec) =>
    spec.file === '/usr/bin/shasum' ? ok(`${PINNED}  ${SCRIPT}\n`)
    : spec.args.includes('--verify') ? verify
    : ok('', `Executable=${SCRIPT}\nAuthority=Developer ID Application: X (${team})\nTeamIdentifier=${team}\n`);

  it('the vendor team identifier and a valid signature -> trusted, hash pinned', async () => {
    const { system } = machine('darwin', answers(ok(''), '2Y8XE5CQ94'));
    expect(await checkUninstaller(system, mac())).toMatchObject({ verdict: 'trusted', sha256: PINNED });
  });

  it('another team -> wrong-signer; not signed at all -> unsigned; modified -> invalid', async () => {
    expect((await checkUninstaller(machine('darwin', answers(ok(''), 'ZZZZZZZZZZ')).system, mac()))?.verdict).toBe('wrong-signer');
    expect((await checkUninstaller(machine('darwin', answers(ok('', `${SCRIPT}: code object is not signed at all`, 1), '2Y8XE5CQ94')).system, mac()))?.verdict).toBe('unsigned');
    expect((await checkUninstaller(machine('darwin', answers(ok('', `${SCRIPT}: a sealed resource is missing or invalid`, 1), '2Y8XE5CQ94')).system, mac()))?.verdict).toBe('invalid');
  });
});

describe('the launch gate', () => {
  let folder = '';
  afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

  const run = async (answer: (spec: CommandSpec, i: number) => CommandResult, pinned: string | null) => {
    folder = mkdtempSync(join(tmpdir(), 'safeswitch-gate-'));
    const { system, ran } = machine('win32', answer);
    // The hash pinned at consent travels on the command, as the gated plan puts it there.
    const command = exe({ trust: pinned === null ? null : { signer: 'AO Kaspersky Lab', sha256: pinned } });
    const result = await runRemovalCommand(system, command, { logFolder: folder, productId: 'kts', elevation: { platform: 'win32', isRoot: false, systemRoot: 'C:\\Windows' } });
    const log = readFileSync(join(folder, 'migration-log.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { event: string; reason?: string });
    return { result, ran, log };
  };

  it('runs the uninstaller when signature and hash are what consent saw', async () => {
    const { result, ran } = await run((spec) => (isCheck(spec) ? ok(KASPERSKY) : ok('done')), PINNED);
    expect(result.dryRun).toBe(false);
    expect(ran.filter((s) => !isCheck(s))).toHaveLength(1);
  });

  it('a hash changed between the check and the run: nothing runs, said plainly, logged', async () => {
    const changed = KASPERSKY.replace(/^Sha256:.*$/m, `Sha256: ${'ab'.repeat(32)}`);
    const { result, ran, log } = await run((spec) => (isCheck(spec) ? ok(changed) : ok('done')), PINNED);
    expect(ran.every(isCheck)).toBe(true);
    expect(result.dryRun === false && result.outcome).toMatchObject({ outcome: 'failed', reason: 'uninstaller-changed' });
    expect(log.map((l) => l.event)).toEqual(['command-refused']);
  });

  it('a signature that no longer checks out at launch: nothing runs', async () => {
    const { result, ran } = await run((spec) => (isCheck(spec) ? ok(OTHER + `Sha256: ${PINNED}`) : ok('done')), PINNED);
    expect(ran.every(isCheck)).toBe(true);
    expect(result.dryRun === false && result.outcome.reason).toBe('signature-not-trusted');
  });
});

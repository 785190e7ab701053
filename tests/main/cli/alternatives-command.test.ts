import { describe, expect, it } from 'vitest';
import { ALTERNATIVES_FORMAT, runAlternativesCommand } from '../../../main/cli/alternatives-command';
import type { CliIo } from '../../../main/cli/cli-io';
import { formatLack, formatReason } from '../../../main/cli/format-reasons';
import { CATALOG, catalogAge, EMPTY_ANSWERS, FEATURES, rankAlternatives } from '@shared/alternatives';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() };
  const code = await runAlternativesCommand(argv, io);
  return { code, stdout, stderr };
}

interface JsonEntry {
  place: number;
  id: string;
  group: string;
  reasons: unknown[];
  lacks: unknown[];
  reasonsText: string[];
  lacksText: string[];
  vendorPage: string | null;
}

describe('safeswitch alternatives', () => {
  it('prints the ranking with reasons, lacks and sources in plain text', async () => {
    const { code, stdout, stderr } = await run('--platform', 'win32', '--free', '--needs', 'vpn,password-manager');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Alternatives for a Windows computer, best fit first. No company pays for its place.');
    expect(stdout).toContain(`Facts checked between ${catalogAge(CATALOG)!.oldest} and ${catalogAge(CATALOG)!.newest}`);
    expect(stdout).toContain('You need: VPN, password manager.');
    const firstBlock = stdout.split('\n\n')[1]!;
    expect(firstBlock).toMatch(/^1\. Microsoft Defender Antivirus \(Microsoft\): built-in choice/);
    expect(firstBlock).toContain('+ you asked for free: it is already built into Windows and costs nothing');
    expect(firstBlock).toContain('- VPN: not known');
    expect(firstBlock).toContain('Sources: https://www.av-test.org/');
    // Second: a Windows lab award and both wanted features, each from its primary source.
    expect(stdout).toContain('2. F-Secure Total (F-Secure)');
    expect(stdout).toContain('+ AV-TEST Awards 2025 on Windows: Best Usability (F-Secure Total)');
    expect(stdout).toContain('Web page: https://www.f-secure.com/');
    // Every product, numbered 1..n.
    for (let place = 1; place <= CATALOG.products.length; place += 1) expect(stdout).toContain(`\n${place}. `);
    expect(stdout).not.toMatch(/undefined|null|\[object/);
  });

  it('says a lab result too old to count, and names where it is', async () => {
    const { code, stdout } = await run('--platform', 'darwin');
    expect(code).toBe(0);
    const avast = stdout.split('\n\n').find((block) => /^\d+\. Avast \(Avast\)/.test(block))!;
    expect(avast).toContain('no recent lab results in our sources');
    expect(avast).toContain('- its newest lab result for this system is from 2020, too old to count');
    expect(avast).toMatch(/Sources: https:\/\/www\.av-test\.org\/de\/antivirus\/privat-macos\/macos-catalina\/m%C3%A4rz-2020\//);
  });

  it('prints the same ranking as JSON, in the order rankAlternatives gives', async () => {
    const { code, stdout, stderr } = await run('--json', '--platform', 'darwin', '--needs', 'vpn,vpn,parental-control');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout) as { format: string; platform: string; answers: unknown; entries: JsonEntry[]; catalogAge: unknown; weights: unknown };
    expect(json.format).toBe(ALTERNATIVES_FORMAT);
    expect(json.platform).toBe('darwin');
    expect(json.answers).toEqual({ ...EMPTY_ANSWERS, features: ['vpn', 'parental-control'] });
    expect(json.catalogAge).toEqual(catalogAge(CATALOG));
    const expected = rankAlternatives(CATALOG, { ...EMPTY_ANSWERS, features: ['vpn', 'parental-control'] }, 'darwin');
    expect(json.entries.map((e) => e.id)).toEqual(expected.entries.map((e) => e.product.id));
    for (const e of json.entries) {
      expect(e.reasonsText).toHaveLength(e.reasons.length);
      expect(e.lacksText).toHaveLength(e.lacks.length);
    }
    expect(json.entries[0]!.id).not.toBe('microsoft-defender');
  });

  it('without --platform ranks for this machine', async () => {
    const { code, stdout } = await run('--json');
    if (!['win32', 'darwin', 'linux'].includes(process.platform)) return expect(code).toBe(2);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { platform: string }).platform).toBe(process.platform);
  });

  it.each([
    [['--platform', 'win95'], '--platform must be one of win32, darwin, linux'],
    [['--platform'], '--platform needs a value'],
    [['--needs', 'vpn,antivirus'], '--needs takes a comma-separated list'],
    [['--needs', 'vpn,'], '--needs takes a comma-separated list'],
    [['--needs='], '--needs needs a value'],
    [['--free=yes'], 'unknown option --free'],
    [['--bogus'], 'unknown option --bogus'],
    [['extra'], 'unexpected argument "extra"'],
  ])('refuses %j with one "safeswitch: " line and exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^safeswitch: [^\n]+\n$/);
    expect(stderr).toContain(message);
  });
});

describe('the English reason text', () => {
  it('has words for every reason and lack the shipped catalog can produce', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      for (const budget of ['free', 'paid', null] as const) {
        const answers = { devices: ['windows', 'mac', 'android', 'iphone'] as const, budget, features: [...FEATURES], keepSimple: true };
        for (const e of rankAlternatives(CATALOG, { ...answers, devices: [...answers.devices] }, platform).entries) {
          for (const text of [...e.reasons.map(formatReason), ...e.lacks.map(formatLack)]) {
            expect(text.trim().length, e.product.id).toBeGreaterThan(3);
            expect(text).not.toMatch(/undefined|null|\[object/);
          }
        }
      }
    }
  });
});

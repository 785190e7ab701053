import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTHENTICODE_SCRIPT_MARKER,
  authenticodeScript,
  authenticodeSpec,
  judgeAuthenticode,
  parseAuthenticodeOutput,
  signerNameOf,
} from '../../../main/choose/authenticode';
import { decodePowerShellScript, encodePowerShellScript } from '../../../main/choose/powershell-command';
import { signerNamesFor } from '@shared/signing/signer-names';
import type { CommandResult } from '../../../main/system/system-port';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/outputs', name), 'utf8');
const ran = (stdout: string, exitCode: number | null = 0, extra: Partial<CommandResult> = {}): CommandResult => ({
  exitCode,
  signal: null,
  stdout,
  stderr: '',
  durationMs: 5,
  timedOut: false,
  spawnError: null,
  ...extra,
});
const BITDEFENDER = signerNamesFor('bitdefender');

describe('the Authenticode script', () => {
  it('passes the path as a quoted literal at the very end, after the fixed part', () => {
    const script = authenticodeScript("C:\\Users\\O'Brien\\Downloads\\setup $(x).exe");
    expect(script.startsWith(AUTHENTICODE_SCRIPT_MARKER)).toBe(true);
    expect(script.trimEnd().endsWith("Show-Signature 'C:\\Users\\O''Brien\\Downloads\\setup $(x).exe'")).toBe(true);
    expect(script).toContain('Get-AuthenticodeSignature -LiteralPath $Path');
  });

  it('sends the script encoded; the start of the encoding is the same for every path', () => {
    const a = authenticodeSpec('C:\\a.exe');
    const b = authenticodeSpec('D:\\other\\b.msi');
    const encodedA = a.args[a.args.length - 1] as string;
    const encodedB = b.args[b.args.length - 1] as string;
    expect(decodePowerShellScript(encodedA)).toBe(authenticodeScript('C:\\a.exe'));
    const markerPrefix = encodePowerShellScript(AUTHENTICODE_SCRIPT_MARKER).slice(0, 40);
    expect(encodedA.startsWith(markerPrefix)).toBe(true);
    expect(encodedB.startsWith(markerPrefix)).toBe(true);
    expect(a.args.join(' ')).not.toContain('a.exe');
  });

  it('refuses a path with a line break rather than building a script from it', () => {
    expect(() => authenticodeSpec('C:\\a\n.exe')).toThrow();
  });
});

describe('reading Get-AuthenticodeSignature output', () => {
  it('reads every field of a valid signature', () => {
    const out = parseAuthenticodeOutput(fixture('authenticode-bitdefender-valid.from-research.txt'));
    expect(out.status).toBe('Valid');
    expect(out.statusMessage).toBe('Signature verified.');
    expect(out.subject).toContain('O=Bitdefender SRL');
    expect(out.thumbprint).toBe('4F1C0E1A2B3C4D5E6F708192A3B4C5D6E7F80912');
  });

  it('tolerates CRLF, a BOM and noise lines; missing fields stay null', () => {
    const out = parseAuthenticodeOutput('\uFEFFWARNING: something\r\nStatus: NotSigned\r\nStatusMessage: \r\n');
    expect(out).toEqual({ status: 'NotSigned', statusMessage: null, subject: null, issuer: null, thumbprint: null });
  });

  it('names the signer by CN, keeping commas inside quotes', () => {
    expect(signerNameOf('CN="ESET, spol. s r.o.", O="ESET, spol. s r.o.", L=Bratislava, C=SK')).toBe('ESET, spol. s r.o.');
    expect(signerNameOf('O=Only Org, C=US')).toBe('Only Org');
    expect(signerNameOf(null)).toBeNull();
  });
});

describe('judging the signature against the chosen vendor', () => {
  it('accepts a valid signature from the vendor', () => {
    const j = judgeAuthenticode(ran(fixture('authenticode-bitdefender-valid.from-research.txt')), BITDEFENDER);
    expect(j.verdict).toBe('signed-by-vendor');
    expect(j.signer).toBe('Bitdefender SRL');
  });

  it('accepts a quoted vendor name (ESET)', () => {
    expect(judgeAuthenticode(ran(fixture('authenticode-eset-valid.from-research.txt')), signerNamesFor('eset')).verdict).toBe('signed-by-vendor');
  });

  it('refuses an unsigned installer', () => {
    expect(judgeAuthenticode(ran(fixture('authenticode-not-signed.from-research.txt')), BITDEFENDER).verdict).toBe('unsigned');
  });

  it('refuses a signature that no longer matches the file', () => {
    const j = judgeAuthenticode(ran(fixture('authenticode-hash-mismatch.from-research.txt')), BITDEFENDER);
    expect(j.verdict).toBe('invalid');
    expect(j.status).toBe('HashMismatch');
  });

  it('refuses a valid signature from someone else, even one whose name contains the vendor', () => {
    const j = judgeAuthenticode(ran(fixture('authenticode-other-signer.from-research.txt')), BITDEFENDER);
    expect(j.verdict).toBe('wrong-signer');
    expect(j.signer).toBe('Bitdefender SRL Download Helper Ltd');
  });

  it('refuses a valid signature of another real vendor', () => {
    expect(judgeAuthenticode(ran(fixture('authenticode-eset-valid.from-research.txt')), BITDEFENDER).verdict).toBe('wrong-signer');
  });

  it('says unknown-signer when SafeSwitch has no names for the vendor', () => {
    expect(judgeAuthenticode(ran(fixture('authenticode-bitdefender-valid.from-research.txt')), []).verdict).toBe('unknown-signer');
  });

  it.each([
    ['PowerShell missing', ran('', null, { spawnError: 'ENOENT' })],
    ['timed out', ran('', null, { timedOut: true })],
    ['script error', ran('', 1)],
    ['no status printed', ran('Subject: CN=Bitdefender SRL')],
    ['status printed but exit code 1', ran('Status: Valid\nSubject: CN=Bitdefender SRL', 1)],
  ])('never treats a failed check as signed (%s)', (_label, result) => {
    expect(judgeAuthenticode(result, BITDEFENDER).verdict).toBe('check-failed');
  });

  it.each(['NotTrusted', 'UnknownError', 'Incompatible'])('treats %s as invalid', (status) => {
    expect(judgeAuthenticode(ran(`Status: ${status}\nSubject: CN=Bitdefender SRL, O=Bitdefender SRL`), BITDEFENDER).verdict).toBe('invalid');
  });

  it('treats a file PowerShell cannot read a signature from as the wrong type', () => {
    expect(judgeAuthenticode(ran('Status: NotSupportedFileFormat'), BITDEFENDER).verdict).toBe('wrong-type');
  });
});

describe('signer names and scenarios', () => {
  it('knows the signer of every catalog product that has an installer', async () => {
    const { CATALOG } = await import('@shared/alternatives/index');
    // SafeSwitch runs installers on Windows and macOS only: a Linux-only product (ClamTk) has none to check.
    const installs = (p: (typeof CATALOG.products)[number]) => !p.builtIn && !(p.platforms.linux.known && p.platforms.linux.value && !p.platforms.windows.known && !p.platforms.mac.known);
    const missing = CATALOG.products.filter((p) => installs(p) && signerNamesFor(p.id).length === 0).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it('choose-* scenarios match the Authenticode command by the encoded marker', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = join(__dirname, '../../scenarios');
    const prefix = encodePowerShellScript(AUTHENTICODE_SCRIPT_MARKER).slice(0, 64);
    const encoded = authenticodeSpec('C:\\x.exe').args.at(-1) as string;
    for (const name of readdirSync(dir).filter((n) => n.startsWith('choose-win'))) {
      const scenario = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { commands: { program: string; argsInclude: string[] }[] };
      for (const c of scenario.commands.filter((c) => c.program === 'powershell.exe')) {
        expect(c.argsInclude, name).toContain(prefix);
        expect(encoded.startsWith(prefix)).toBe(true);
      }
    }
  });
});

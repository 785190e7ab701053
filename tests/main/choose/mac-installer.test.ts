import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgePkgutil, openSpec, parsePkgutilOutput, pkgutilSpec } from '../../../main/choose/mac-installer';
import { signerNamesFor } from '@shared/signing/signer-names';
import type { CommandResult } from '../../../main/system/system-port';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/outputs', name), 'utf8');
const ran = (stdout: string, exitCode = 0): CommandResult => ({
  exitCode,
  signal: null,
  stdout,
  stderr: '',
  durationMs: 1,
  timedOut: false,
  spawnError: null,
});

describe('macOS installers', () => {
  it('uses system tools by absolute path with the file as one argument', () => {
    expect(pkgutilSpec('/Users/ann/Downloads/My Setup.pkg')).toMatchObject({ file: '/usr/sbin/pkgutil', args: ['--check-signature', '/Users/ann/Downloads/My Setup.pkg'] });
    expect(openSpec('/Users/ann/Downloads/x.dmg')).toMatchObject({ file: '/usr/bin/open', args: ['/Users/ann/Downloads/x.dmg'] });
  });

  it('reads the status and the Developer ID name', () => {
    const out = parsePkgutilOutput(fixture('pkgutil-bitdefender-signed.from-research.txt'));
    expect(out.status).toBe('signed by a developer certificate issued by Apple for distribution');
    expect(out.signer).toBe('Bitdefender SRL');
    expect(out.certificate).toBe('Developer ID Installer: Bitdefender SRL (GUNFMW623Y)');
  });

  it('accepts the vendor, refuses another vendor and an unsigned package', () => {
    const signed = ran(fixture('pkgutil-bitdefender-signed.from-research.txt'));
    expect(judgePkgutil(signed, signerNamesFor('bitdefender')).verdict).toBe('signed-by-vendor');
    expect(judgePkgutil(signed, signerNamesFor('eset')).verdict).toBe('wrong-signer');
    expect(judgePkgutil(ran(fixture('pkgutil-no-signature.from-research.txt'), 1), signerNamesFor('bitdefender')).verdict).toBe('unsigned');
  });

  it('refuses an untrusted or failed check', () => {
    expect(judgePkgutil(ran('   Status: signed by untrusted certificate\n', 1), signerNamesFor('bitdefender')).verdict).toBe('invalid');
    expect(judgePkgutil(ran(''), signerNamesFor('bitdefender')).verdict).toBe('check-failed');
  });
});

import { describe, expect, it } from 'vitest';
import { buildUninstallCommand, type CommandEnvironment } from '@shared/removal';
import { GUID, makeProduct } from './make-product';

/**
 * Tests written against the survivors of `npm run mutation -- build-windows-command`: each pins a
 * behaviour of the Windows builder that no other test looked at closely enough.
 *
 * No survivor is left (100% on 2026-12-01), so no mutant needs an equivalence note here.
 */
const KTS = 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.3';
const win: CommandEnvironment = { platform: 'win32', logFolder: 'C:\\Users\\ann\\Documents\\SafeSwitch', systemRoot: 'C:\\Windows' };
const build = (removal: Record<string, unknown>, more: Parameters<typeof makeProduct>[0] = {}) =>
  buildUninstallCommand(makeProduct({ ...more, removal: { method: 'uninstaller', installLocation: `${KTS}\\`, registryView: 'registry-32', ...removal } }), win);

describe('which entry string is used', () => {
  it('an exe uninstaller only in QuietUninstallString is used, and says so', () => {
    expect(build({ quietUninstallString: `"${KTS}\\uninstall.exe" /S` })).toMatchObject({ ok: true, command: { source: 'quietUninstallString', args: ['/S'] } });
  });

  it('an msiexec entry only in QuietUninstallString is used, and says so', () => {
    expect(build({ method: 'msi', quietUninstallString: `MsiExec.exe /X${GUID} /qn` })).toMatchObject({ ok: true, command: { kind: 'msiexec', source: 'quietUninstallString' } });
  });

  it('the product code is used only when there is no entry string at all', () => {
    expect(build({ method: 'msi', productCode: GUID })).toMatchObject({ ok: true, command: { kind: 'msiexec', source: 'productCode' } });
    expect(build({ uninstallString: `"${KTS}\\uninstall.exe"`, productCode: GUID })).toMatchObject({ ok: true, command: { kind: 'exe-uninstaller' } });
  });

  it('a product code must be exactly a GUID: nothing before it, nothing after it', () => {
    for (const productCode of [`x${GUID}`, `${GUID}x`]) {
      expect(build({ method: 'msi', productCode }), productCode).toMatchObject({ ok: false, refusal: { code: 'bad-product-code' } });
    }
  });

  it('an entry with nothing to run says so in the log detail', () => {
    expect(build({ method: 'msi' })).toMatchObject({ ok: false, refusal: { code: 'no-uninstall-entry', detail: 'no UninstallString, QuietUninstallString or product code' } });
  });
});

describe('msiexec by name and by path', () => {
  it('msiexec without .exe, and by its System32 path without .exe', () => {
    expect(build({ method: 'msi', uninstallString: `msiexec /x ${GUID}` })).toMatchObject({ ok: true, command: { kind: 'msiexec' } });
    expect(build({ method: 'msi', uninstallString: `C:\\Windows\\System32\\msiexec /x ${GUID}` })).toMatchObject({ ok: true, command: { kind: 'msiexec' } });
  });

  it('a quoted part that keeps a quote after parsing is refused as such, not read as an extra', () => {
    expect(build({ method: 'msi', uninstallString: `MsiExec.exe /X${GUID} \\"x` })).toMatchObject({ ok: false, refusal: { code: 'unsafe-characters' } });
  });
});

describe('the msiexec log file name', () => {
  const logOf = (id: string) => {
    const b = buildUninstallCommand(makeProduct({ id, removal: { method: 'msi', uninstallString: `MsiExec.exe /X${GUID}` } }), win);
    return b.ok ? b.command.logFile : null;
  };
  it('folds runs of other characters into one dash, trims dashes, caps the length, and never ends up empty', () => {
    expect(logOf('a  b')).toBe('C:\\Users\\ann\\Documents\\SafeSwitch\\uninstall-a-b-msiexec.log');
    expect(logOf('--x--')).toBe('C:\\Users\\ann\\Documents\\SafeSwitch\\uninstall-x-msiexec.log');
    expect(logOf('***')).toBe('C:\\Users\\ann\\Documents\\SafeSwitch\\uninstall-product-msiexec.log');
    expect(logOf('k'.repeat(80))).toBe(`C:\\Users\\ann\\Documents\\SafeSwitch\\uninstall-${'k'.repeat(60)}-msiexec.log`);
  });
});

describe('exe uninstallers', () => {
  it('names the refused program in plain words', () => {
    expect(build({ uninstallString: '"C:\\Program Files\\PowerShell\\7\\pwsh.exe" -c x' })).toMatchObject({
      ok: false,
      refusal: { code: 'not-an-uninstaller', text: { params: { file: 'pwsh.exe' } } },
    });
  });

  it('names the vendor it has no signer for', () => {
    expect(build({ uninstallString: `"${KTS}\\uninstall.exe"` }, { vendor: 'Nobody Inc.' })).toMatchObject({ ok: false, refusal: { code: 'no-known-signer', text: { params: { vendor: 'Nobody Inc.' } } } });
  });

  it('arguments: up to 260 characters each, none empty', () => {
    expect(build({ uninstallString: `"${KTS}\\uninstall.exe" /${'a'.repeat(259)}` })).toMatchObject({ ok: true });
    expect(build({ uninstallString: `"${KTS}\\uninstall.exe" /${'a'.repeat(260)}` })).toMatchObject({ ok: false, refusal: { code: 'unparsable-command' } });
    expect(build({ uninstallString: `"${KTS}\\uninstall.exe" /S ""` })).toMatchObject({ ok: false, refusal: { code: 'unparsable-command' } });
  });

  it('spaces around a quoted entry are ignored', () => {
    expect(build({ uninstallString: `  "${KTS}\\uninstall.exe" /S  ` })).toMatchObject({ ok: true, command: { file: `${KTS}\\uninstall.exe`, args: ['/S'] } });
  });

  it('a quote that never closes is unreadable, even when the rest would be a good path', () => {
    expect(build({ uninstallString: `"${KTS}\\uninstall.exe` })).toMatchObject({ ok: false, refusal: { code: 'unparsable-command' } });
  });

  it('an empty quoted program is unreadable', () => {
    expect(build({ uninstallString: '"" /S' })).toMatchObject({ ok: false, refusal: { code: 'unparsable-command' } });
  });
});

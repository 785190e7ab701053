import type { DefenderStatus, ProgramEntry, SecurityCenterEntry, ServiceEntry, VendorKey } from '@shared/contracts/inventory';
import { SECURITY_VENDOR_WORDS } from '@shared/detection/vendor-words';
import { field, text } from '../windows-tools';

/**
 * Parsers for the sections of the Windows probe's JSON (probe-script.ts). Each takes the rows
 * PowerShell wrote (objects whose values may be strings, numbers, booleans or null) and keeps only
 * what the inventory contract holds. A row without its key field is skipped, never guessed.
 */

const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const wholeNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

/** Win32_OperatingSystem: Caption ("Microsoft Windows 11 Pro"), Version ("10.0.22631"), OSArchitecture ("64-bit"). */
export function parseOs(rows: readonly unknown[]): { distro: string | null; release: string | null; arch: string | null } | null {
  const row = rows[0];
  if (row === undefined) return null;
  const bits = text(row, 'OSArchitecture') ?? '';
  // The architecture name is localized ("64 бита", "64-Bit"): only its number is read.
  const arch = /\b64\b|64-/.test(bits) ? 'x64' : /\b32\b|32-/.test(bits) ? 'ia32' : null;
  return { distro: text(row, 'Caption')?.trim() ?? null, release: text(row, 'Version'), arch };
}

/** Security Center `AntiVirusProduct`, with its registration time and whether its program file exists. */
export function parseSecurityCenter(rows: readonly unknown[]): SecurityCenterEntry[] {
  return rows.flatMap((row) => {
    const displayName = text(row, 'displayName');
    if (!displayName) return [];
    return [
      {
        displayName,
        productState: wholeNumber(field(row, 'productState')),
        pathToSignedProductExe: text(row, 'pathToSignedProductExe'),
        timestamp: text(row, 'timestamp'),
        instanceGuid: text(row, 'instanceGuid'),
        productExeExists: bool(field(row, 'productExeExists')),
      },
    ];
  });
}

/** `Get-MpComputerStatus`: AMRunningMode, real-time protection, signature age (65535: never updated). */
export function parseDefenderStatus(rows: readonly unknown[]): DefenderStatus | null {
  const row = rows[0];
  if (row === undefined) return null;
  const age = field(row, 'AntivirusSignatureAge');
  return {
    amRunningMode: text(row, 'AMRunningMode'),
    realTimeProtectionEnabled: bool(field(row, 'RealTimeProtectionEnabled')),
    antivirusSignatureAgeDays: typeof age === 'number' && Number.isFinite(age) ? age : null,
    antivirusEnabled: bool(field(row, 'AntivirusEnabled')),
  };
}

/** Uninstall entries of every view: HKLM 64-bit, HKLM 32-bit, and each loaded user hive. */
export function parsePrograms(rows: readonly unknown[]): ProgramEntry[] {
  const sources = new Set(['registry-64', 'registry-32', 'registry-user']);
  return rows.flatMap((row) => {
    const name = text(row, 'name');
    const source = text(row, 'source');
    if (!name || !source || !sources.has(source)) return [];
    return [
      {
        name,
        version: text(row, 'version'),
        publisher: text(row, 'publisher'),
        uninstallString: text(row, 'uninstallString'),
        quietUninstallString: text(row, 'quietUninstallString'),
        installLocation: text(row, 'installLocation'),
        source,
        key: text(row, 'key'),
      },
    ];
  });
}

/**
 * Kaspersky's own `…\environment` keys (research detection.md §1.2) and, beside each, the licence
 * in the sibling `Data` key. GLPI trusts `LicDaysTillExpiration` only when `LicKeyType` is set and
 * not 0 (a key is installed); what each `LicKeyType` number means is in no source, so the type
 * stays unknown. The quarantine count is added by the collector (it reads the folder).
 */
export function parseVendorKeys(rows: readonly unknown[]): VendorKey[] {
  return rows.flatMap((row) => {
    const key = text(row, 'key');
    if (!key) return [];
    const keyType = text(row, 'licKeyType');
    const days = text(row, 'licDaysTillExpiration');
    return [
      {
        vendor: 'Kaspersky',
        key: key.replace(/^HKEY_LOCAL_MACHINE\\/i, 'HKLM\\'),
        productName: text(row, 'productName') ?? text(row, 'insDisplayName'),
        productVersion: text(row, 'productVersion') ?? text(row, 'insProductVersion'),
        productCode: text(row, 'productCode'),
        uninstallString: text(row, 'uninstallString'),
        installLocation: text(row, 'productRoot') ?? text(row, 'insProductPath'),
        dataRoot: text(row, 'dataRoot'),
        licenseType: null,
        licenseDaysLeft: keyType !== null && keyType !== '0' && days !== null && /^\d+$/.test(days) ? Number(days) : null,
      },
    ];
  });
}

/** Kernel drivers (Win32_SystemDriver): klif, aswSP, ehdrv… (research §1.3, §5). */
export function parseDrivers(rows: readonly unknown[]) {
  return rows.flatMap((row) => {
    const name = text(row, 'Name');
    return name ? [{ name, path: text(row, 'PathName'), state: text(row, 'State')?.toLowerCase() ?? null }] : [];
  });
}

const START_MODES: Readonly<Record<string, string>> = { auto: 'auto', manual: 'manual', disabled: 'disabled' };

/** Win32_Service with display names and image paths (systeminformation's services() has neither). */
export function parseServices(rows: readonly unknown[]): ServiceEntry[] {
  return rows.flatMap((row) => {
    const name = text(row, 'Name');
    if (!name) return [];
    const mode = text(row, 'StartMode')?.toLowerCase() ?? null;
    return [
      {
        name,
        displayName: text(row, 'DisplayName'),
        state: text(row, 'State')?.toLowerCase() ?? null,
        startMode: mode ? (START_MODES[mode] ?? mode) : null,
        path: text(row, 'PathName'),
      },
    ];
  });
}

/**
 * Trusted root certificates of the machine and the user (research §3.4: Kaspersky's HTTPS scanning
 * root stays behind after some removals). Only subjects naming a security vendor are kept.
 */
export function parseRootCertificates(rows: readonly unknown[]) {
  return rows.flatMap((row) => {
    const subject = text(row, 'Subject');
    if (!subject || !SECURITY_VENDOR_WORDS.test(subject)) return [];
    const parent = text(row, 'PSParentPath') ?? '';
    const store = /::(.*)$/.exec(parent)?.[1] ?? null;
    return [{ subject, store, thumbprint: text(row, 'Thumbprint') }];
  });
}

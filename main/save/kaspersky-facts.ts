import { posix, win32 } from 'node:path';
import type { Inventory, VendorKey } from '@shared/contracts/inventory';

/**
 * What the Save step needs to know about Kaspersky, read only from the inventory detection made
 * (never from anything the renderer sent): where avp.com and the Password Manager are, the licence,
 * and the quarantine folder.
 */
export interface KasperskyFacts {
  readonly platform: string;
  /** Full path of avp.com when a Kaspersky product folder is known (Windows only). */
  readonly avpCom: string | null;
  readonly productName: string | null;
  readonly passwordManager: { readonly name: string; readonly launch: { file: string; args: string[] } | null } | null;
  readonly licence: { readonly type: string | null; readonly daysLeft: number | null } | null;
  readonly quarantine: { readonly folder: string | null; readonly count: number | null } | null;
}

const isKaspersky = (text: string | null | undefined): boolean => /kaspersky/i.test(text ?? '');
const isPasswordManager = (text: string | null | undefined): boolean => /password manager/i.test(text ?? '');
const baseName = (p: string): string => (p.split(/[\\/]/).pop() ?? p).toLowerCase();

/** `"C:\...\avp.exe" -r` → `C:\...`; a quoted or bare path ending in avp.exe. */
function folderOfAvpExe(commandOrPath: string | null | undefined): string | null {
  if (!commandOrPath) return null;
  const match = /^\s*"?([A-Za-z]:\\[^"]*?\\)avp\.exe"?/i.exec(commandOrPath);
  return match?.[1] ? win32.normalize(match[1]) : null;
}

function kasperskyKeys(inventory: Inventory): VendorKey[] {
  return (inventory.vendorKeys ?? []).filter((k) => isKaspersky(k.vendor) || isKaspersky(k.productName));
}

function avpComPath(inventory: Inventory): string | null {
  if (inventory.os.platform !== 'win32') return null;
  const keys = kasperskyKeys(inventory).filter((k) => !isPasswordManager(k.productName));
  const candidates = [
    ...keys.map((k) => k.installLocation),
    ...(inventory.processes ?? []).filter((p) => baseName(p.name) === 'avp.exe').map((p) => folderOfAvpExe(p.path)),
    ...(inventory.services ?? []).map((s) => folderOfAvpExe(s.path)),
    ...(inventory.programs ?? [])
      .filter((p) => isKaspersky(p.publisher ?? p.name) && !isPasswordManager(p.name) && !/vpn/i.test(p.name))
      .map((p) => p.installLocation),
  ];
  // Only an absolute drive path is used: a command is built from what detection found, nothing else.
  const folder = candidates.find((c): c is string => !!c && /^[A-Za-z]:\\/.test(c) && !/["\0\r\n]/.test(c));
  return folder ? win32.join(folder, 'avp.com') : null;
}

function passwordManager(inventory: Inventory): KasperskyFacts['passwordManager'] {
  if (inventory.os.platform === 'win32') {
    const process = (inventory.processes ?? []).find((p) => baseName(p.name) === 'kpm.exe' && p.path && /^[A-Za-z]:\\/.test(p.path));
    const program = (inventory.programs ?? []).find((p) => isKaspersky(p.publisher ?? p.name) && isPasswordManager(p.name));
    const exe = process?.path ?? (program?.installLocation && /^[A-Za-z]:\\/.test(program.installLocation) ? win32.join(program.installLocation, 'kpm.exe') : null);
    if (!process && !program) return null;
    return { name: program?.name ?? 'Kaspersky Password Manager', launch: exe ? { file: exe, args: [] } : null };
  }
  if (inventory.os.platform === 'darwin') {
    const app = (inventory.apps ?? []).find((a) => isKaspersky(a.name) && isPasswordManager(a.name));
    if (!app) return null;
    const launch = app.path && app.path.startsWith('/') && app.path.endsWith('.app') ? { file: '/usr/bin/open', args: [app.path] } : null;
    return { name: app.name, launch };
  }
  return null;
}

function licence(inventory: Inventory): KasperskyFacts['licence'] {
  const key = kasperskyKeys(inventory).find((k) => k.licenseType != null || k.licenseDaysLeft != null);
  if (!key) return null;
  return { type: key.licenseType ?? null, daysLeft: key.licenseDaysLeft ?? null };
}

/** `%DataRoot%\QB` (detection.md §1.2); the data root comes from the key, or AVP<major.minor> by convention. */
function quarantine(inventory: Inventory): KasperskyFacts['quarantine'] {
  if (inventory.os.platform !== 'win32') return null;
  const keys = kasperskyKeys(inventory).filter((k) => !isPasswordManager(k.productName));
  const key = keys[0];
  if (!key) return null;
  const withCount = keys.find((k) => k.quarantineCount != null);
  const dataRoot = keys.find((k) => k.dataRoot)?.dataRoot ?? avpDataRoot(key.productVersion);
  return { folder: dataRoot ? win32.join(dataRoot, 'QB') : null, count: withCount?.quarantineCount ?? null };
}

function avpDataRoot(version: string | null | undefined): string | null {
  const match = /^(\d+)\.(\d+)/.exec(version ?? '');
  return match ? `C:\\ProgramData\\Kaspersky Lab\\AVP${match[1]}.${match[2]}` : null;
}

export function kasperskyFacts(inventory: Inventory): KasperskyFacts {
  const product = kasperskyKeys(inventory).find((k) => !isPasswordManager(k.productName))?.productName ?? null;
  return {
    platform: inventory.os.platform,
    avpCom: avpComPath(inventory),
    productName: product,
    passwordManager: passwordManager(inventory),
    licence: licence(inventory),
    quarantine: quarantine(inventory),
  };
}

export const pathFor = (platform: string) => (platform === 'win32' ? win32 : posix);

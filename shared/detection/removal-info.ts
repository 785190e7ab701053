import type { RemovalMethod } from '../contracts/scan-report';
import type { ProductSignature } from './catalog/signature-types';
import type { Hit } from './collect-hits';

/**
 * `DetectedProduct.removal`: the method plus the raw data detection found, from which the removal
 * step builds its command (never from renderer text). Fields, all optional except `method`:
 *
 * - `method`: `msi` (uninstall string runs MsiExec, or an MSI product code is known),
 *   `uninstaller` (the product's own .exe uninstaller), `package-manager` (dpkg/rpm/pkgutil),
 *   `app-bundle` (a macOS .app), `vendor-tool` (no uninstall entry; the vendor's removal tool),
 *   `manual` (nothing to run: leftovers, or no uninstall data at all).
 * - `uninstallString`, `quietUninstallString`: exactly as the Uninstall registry entry (or
 *   Kaspersky's `Ins_UninstallString`) holds them. Untrusted text: parse, never pass to a shell.
 * - `productCode`: an MSI product code `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`, upper-case, only
 *   when it has exactly that shape (from the uninstall string, the registry key name or Kaspersky's
 *   `ProductCode`).
 * - `installLocation`: the install folder the machine reported.
 * - `registryKey`, `registryView`: the Uninstall subkey name and where it was (`source` of the
 *   program entry, e.g. `registry-64`, `registry-32`, `registry-user`).
 * - `uninstallSource`: `uninstall-entry` or `vendor-key`.
 * - `packages`, `packageManager`: package names found (dpkg/rpm/pkgutil), most telling first.
 * - `bundlePath`, `bundleId`: the macOS app bundle.
 * - `vendorTool`: name of the vendor's removal tool, when the catalog knows one.
 * - `uninstallerPath`: macOS, the vendor's uninstaller (script or app) at a path the catalog lists
 *   for this product and the inventory says exists; never made up from a folder or a name.
 */
export interface RemovalInfo {
  method: RemovalMethod;
  uninstallString?: string;
  quietUninstallString?: string;
  productCode?: string;
  installLocation?: string;
  registryKey?: string;
  registryView?: string;
  uninstallSource?: 'uninstall-entry' | 'vendor-key';
  packages?: string[];
  packageManager?: string;
  bundlePath?: string;
  bundleId?: string;
  vendorTool?: string;
  uninstallerPath?: string;
  /** Folders of the product's detected files (process paths, the Security Center exe). */
  productFolders?: string[];
}

/** The folder of each absolute Windows file path detection saw for this product. */
function fileFolders(hits: readonly Hit[]): string[] {
  const files = hits.flatMap((h) => [
    h.evidence.source === 'process' ? h.evidence.value : null,
    h.securityCenter?.pathToSignedProductExe ?? null,
  ]);
  const folders = new Set<string>();
  for (const file of files) {
    if (!file || !/^[A-Za-z]:\\/.test(file)) continue;
    const cut = file.lastIndexOf('\\');
    if (cut > 2) folders.add(file.slice(0, cut));
  }
  return [...folders];
}

const GUID = /\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}/i;
const MSIEXEC = /(^|[\\/"\s])msiexec(\.exe)?("|\s|$)/i;

function productCodeFrom(...texts: (string | null | undefined)[]): string | undefined {
  for (const text of texts) {
    const found = text ? GUID.exec(text) : null;
    if (found) return found[0].toUpperCase();
  }
  return undefined;
}

/**
 * Adds the first catalog-listed uninstaller of this product that the machine has. With nothing
 * else to run (`manual`, `vendor-tool`), the vendor's own uninstaller becomes the method.
 */
export function withUninstaller(product: ProductSignature, info: RemovalInfo, found: ReadonlySet<string>): RemovalInfo {
  const path = product.macUninstallers?.find((p) => found.has(p));
  if (!path) return info;
  if (info.method === 'manual' || info.method === 'vendor-tool') return { method: 'uninstaller', uninstallerPath: path };
  return { ...info, uninstallerPath: path };
}

export function buildRemoval(product: ProductSignature, hits: readonly Hit[]): RemovalInfo {
  const programs = hits.flatMap((h) => (h.program ? [h.program] : []));
  // Prefer an entry with an uninstall command, machine-wide before per-user.
  const program =
    programs.find((p) => p.uninstallString && p.source !== 'registry-user') ??
    programs.find((p) => p.uninstallString) ??
    programs[0];
  const key = hits.find((h) => h.vendorKey)?.vendorKey;

  if (program?.uninstallString) {
    const isMsi = MSIEXEC.test(program.uninstallString);
    const info: RemovalInfo = {
      method: isMsi ? 'msi' : 'uninstaller',
      uninstallString: program.uninstallString,
      uninstallSource: 'uninstall-entry',
    };
    if (program.quietUninstallString) info.quietUninstallString = program.quietUninstallString;
    const code = isMsi ? productCodeFrom(program.uninstallString, program.key, key?.productCode) : undefined;
    if (code) info.productCode = code;
    const location = program.installLocation ?? key?.installLocation;
    if (location) info.installLocation = location;
    if (program.key) info.registryKey = program.key;
    if (program.source) info.registryView = program.source;
    const folders = fileFolders(hits);
    if (folders.length > 0) info.productFolders = folders;
    return info;
  }

  if (key?.uninstallString || key?.productCode) {
    const isMsi = !key.uninstallString || MSIEXEC.test(key.uninstallString);
    const info: RemovalInfo = { method: isMsi ? 'msi' : 'uninstaller', uninstallSource: 'vendor-key' };
    if (key.uninstallString) info.uninstallString = key.uninstallString;
    const code = productCodeFrom(key.productCode, key.uninstallString);
    if (code) info.productCode = code;
    if (key.installLocation) info.installLocation = key.installLocation;
    const folders = fileFolders(hits);
    if (folders.length > 0) info.productFolders = folders;
    if (!isMsi || code) return info;
  }

  const packages = hits.flatMap((h) => (h.pkg ? [h.pkg] : []));
  const rank = (name: string): number => {
    const i = product.packages?.indexOf(name.toLowerCase()) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const packageNames = [...new Set(packages.map((p) => p.name))].sort((a, b) => rank(a) - rank(b));
  const manager = packages[0]?.manager;
  const packageInfo = packageNames.length > 0 ? { packages: packageNames, ...(manager ? { packageManager: manager } : {}) } : {};

  // A macOS app goes to the Trash as a bundle; its installer receipts (pkgutil) ride along.
  const app = hits.find((h) => h.app)?.app;
  if (app?.path) {
    return { method: 'app-bundle', bundlePath: app.path, ...(app.bundleId ? { bundleId: app.bundleId } : {}), ...packageInfo };
  }
  if (packageNames.length > 0) return { method: 'package-manager', ...packageInfo };

  const leftoversOnly = hits.every((h) => h.trace === true);
  if (product.vendorTool && !leftoversOnly) return { method: 'vendor-tool', vendorTool: product.vendorTool };
  return { method: 'manual' };
}

import { z } from 'zod';
import type { DetectedProduct, RemovalMethod } from '../contracts/scan-report';

/**
 * The fields of `DetectedProduct.removal` the command builder reads. Detection passes them through
 * from the inventory exactly as the OS reported them (so they are untrusted text). A field of the
 * wrong type is treated as absent, never guessed.
 */
export interface RemovalInfo {
  readonly method: RemovalMethod;
  /** Windows uninstall entry `UninstallString` (e.g. `MsiExec.exe /X{GUID}`). */
  readonly uninstallString: string | null;
  /** Windows uninstall entry `QuietUninstallString`. */
  readonly quietUninstallString: string | null;
  /** MSI product code from the uninstall key name or the vendor's own key. */
  readonly productCode: string | null;
  /** Windows `InstallLocation`: an uninstaller may live here. */
  readonly installLocation: string | null;
  /** Linux package names (dpkg/rpm) that make up the product. */
  readonly packages: readonly string[];
  /** `dpkg` | `rpm` (what the inventory's package entry said). */
  readonly packageManager: string | null;
  /** macOS: the product's .app bundle. */
  readonly bundlePath: string | null;
  /** macOS: the vendor's uninstaller app or script found on the machine. */
  readonly uninstallerPath: string | null;
  /**
   * Where the uninstall entry was: `registry-64`, `registry-32` (machine-wide) or `registry-user`
   * and `registry-hku…` (a user's hive, which any program the user runs can write).
   */
  readonly registryView: string | null;
  /** The uninstall entry's registry key name (for an MSI product, its product code). */
  readonly registryKey: string | null;
  /** Folders of the product's detected files (its processes, its Security Center exe). */
  readonly productFolders: readonly string[];
}

const optText = z.string().nullish().catch(null);

const looseRemovalSchema = z.object({
  uninstallString: optText,
  quietUninstallString: optText,
  productCode: optText,
  installLocation: optText,
  packages: z.array(z.string()).nullish().catch(null),
  packageManager: optText,
  manager: optText,
  bundlePath: optText,
  uninstallerPath: optText,
  registryView: optText,
  registryKey: optText,
  productFolders: z.array(z.string()).nullish().catch(null),
});

const blankToNull = (s: string | null | undefined): string | null => (s && s.trim() !== '' ? s : null);

export function readRemovalInfo(product: DetectedProduct): RemovalInfo {
  const parsed = looseRemovalSchema.safeParse(product.removal);
  const r = parsed.success ? parsed.data : {};
  let packages = (r.packages ?? []).filter((p) => p.trim() !== '');
  // Fallback while detection does not pass `packages` yet: the package evidence it recorded
  // ("kesl 12.0.0-4871") names the detected package; only its first word is the name.
  if (packages.length === 0 && product.removal.method === 'package-manager') {
    packages = product.evidence
      .filter((e) => e.source === 'package')
      .map((e) => e.value.trim().split(/\s+/)[0] ?? '')
      .filter((name) => name !== '');
  }
  return {
    method: product.removal.method,
    uninstallString: blankToNull(r.uninstallString),
    quietUninstallString: blankToNull(r.quietUninstallString),
    productCode: blankToNull(r.productCode),
    installLocation: blankToNull(r.installLocation),
    packages: [...new Set(packages)],
    packageManager: blankToNull(r.packageManager) ?? blankToNull(r.manager),
    bundlePath: blankToNull(r.bundlePath),
    uninstallerPath: blankToNull(r.uninstallerPath),
    registryView: blankToNull(r.registryView),
    registryKey: blankToNull(r.registryKey),
    productFolders: (r.productFolders ?? []).filter((f) => f.trim() !== ''),
  };
}

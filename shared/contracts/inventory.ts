import { z } from 'zod';

/** Contract `safeswitch-inventory/1` (design.md): what the collectors found, strings as the OS reported them. */
export const INVENTORY_FORMAT = 'safeswitch-inventory/1';

export const platformSchema = z.enum(['win32', 'darwin', 'linux']);
export type Platform = z.infer<typeof platformSchema>;

// Unknown keys are ignored (zod strips them), every array is optional.
const str = z.string();
const optStr = z.string().nullish();

export const inventoryOsSchema = z.object({
  platform: z.string(),
  distro: optStr,
  release: optStr,
  arch: optStr,
});

export const processEntrySchema = z.object({ name: str, path: optStr, pid: z.number().nullish() });
export const serviceEntrySchema = z.object({
  name: str,
  displayName: optStr,
  state: optStr,
  startMode: optStr,
  path: optStr,
});
export const programEntrySchema = z.object({
  name: str,
  version: optStr,
  publisher: optStr,
  uninstallString: optStr,
  quietUninstallString: optStr,
  installLocation: optStr,
  source: optStr,
  /** Registry key name (e.g. an MSI product code) when the source is the registry. */
  key: optStr,
});
export const securityCenterEntrySchema = z.object({
  displayName: str,
  productState: z.number().int().nonnegative().nullish(),
  pathToSignedProductExe: optStr,
  /** Security Center's own registration time, RFC 1123 ("Wed, 15 Dec 2021 12:40:10 GMT"). */
  timestamp: optStr,
  instanceGuid: optStr,
  /** Whether pathToSignedProductExe (environment variables expanded) exists; absent when not checked. */
  productExeExists: z.boolean().nullish(),
});
export const driverEntrySchema = z.object({ name: str, path: optStr, state: optStr });
export const certificateEntrySchema = z.object({ subject: str, store: optStr, thumbprint: optStr });
export const browserExtensionEntrySchema = z.object({ browser: str, id: str, name: optStr });
export const packageEntrySchema = z.object({ name: str, version: optStr, manager: optStr });
export const appEntrySchema = z.object({ bundleId: optStr, name: str, path: optStr, version: optStr });
export const defenderStatusSchema = z.object({
  amRunningMode: optStr,
  realTimeProtectionEnabled: z.boolean().nullish(),
  antivirusSignatureAgeDays: z.number().nullish(),
  antivirusEnabled: z.boolean().nullish(),
});
/** Kaspersky's own `KasperskyLab\...\environment` keys. */
export const vendorKeySchema = z.object({
  vendor: str,
  /** Registry key the values came from, e.g. HKLM\SOFTWARE\WOW6432Node\KasperskyLab\AVP21.2\environment. */
  key: optStr,
  productName: optStr,
  productVersion: optStr,
  productCode: optStr,
  uninstallString: optStr,
  installLocation: optStr,
  licenseType: optStr,
  licenseDaysLeft: z.number().nullish(),
  /** Kaspersky `environment` value DataRoot, e.g. C:\ProgramData\Kaspersky Lab\AVP21.2 (quarantine is its QB subfolder). */
  dataRoot: optStr,
  /** Items in quarantine, when a collector could count them. */
  quarantineCount: z.number().int().nonnegative().nullish(),
});
export const launchdJobSchema = z.object({ label: str, path: optStr });
export const unitEntrySchema = z.object({ name: str, state: optStr, description: optStr });
/**
 * A vendor's own uninstaller (app or script) that exists on this machine, at a path the signature
 * catalog lists (macOS: research detection.md §2.1). Only paths that were found are recorded.
 */
export const uninstallerEntrySchema = z.object({ path: str, vendor: optStr });

export const inventorySchema = z.object({
  format: z.literal(INVENTORY_FORMAT),
  capturedAt: optStr,
  os: inventoryOsSchema,
  processes: z.array(processEntrySchema).optional(),
  services: z.array(serviceEntrySchema).optional(),
  programs: z.array(programEntrySchema).optional(),
  securityCenter: z.array(securityCenterEntrySchema).optional(),
  drivers: z.array(driverEntrySchema).optional(),
  certificates: z.array(certificateEntrySchema).optional(),
  browserExtensions: z.array(browserExtensionEntrySchema).optional(),
  packages: z.array(packageEntrySchema).optional(),
  apps: z.array(appEntrySchema).optional(),
  launchdJobs: z.array(launchdJobSchema).optional(),
  units: z.array(unitEntrySchema).optional(),
  vendorKeys: z.array(vendorKeySchema).optional(),
  uninstallers: z.array(uninstallerEntrySchema).optional(),
  defender: defenderStatusSchema.nullish(),
});
export type Inventory = z.infer<typeof inventorySchema>;
export type ProcessEntry = z.infer<typeof processEntrySchema>;
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;
export type ProgramEntry = z.infer<typeof programEntrySchema>;
export type SecurityCenterEntry = z.infer<typeof securityCenterEntrySchema>;
export type PackageEntry = z.infer<typeof packageEntrySchema>;
export type DefenderStatus = z.infer<typeof defenderStatusSchema>;
export type VendorKey = z.infer<typeof vendorKeySchema>;
export type UninstallerEntry = z.infer<typeof uninstallerEntrySchema>;

/**
 * Folders a vendor's products share, checked once the last product of that vendor is removed (an
 * uninstaller often leaves them: AV-Comparatives' 2022 uninstallation test, migration.md §1.2).
 * Kaspersky: research detection.md §1.2 (DataRoot, CommonFilesRoot), §2.1 (Mac support folder),
 * §2.2 (Linux paths to clean). Listed for the user only; SafeSwitch never deletes them.
 */
const VENDOR_FOLDERS: Record<string, Partial<Record<string, readonly string[]>>> = {
  kaspersky: {
    win32: ['C:\\ProgramData\\Kaspersky Lab', 'C:\\Program Files (x86)\\Common Files\\Kaspersky Lab'],
    darwin: ['/Library/Application Support/Kaspersky Lab'],
    linux: ['/opt/kaspersky', '/var/opt/kaspersky', '/etc/opt/kaspersky', '/var/log/kaspersky'],
  },
};

export function vendorFolders(vendor: string, platform: string): readonly string[] {
  return VENDOR_FOLDERS[vendor.toLowerCase()]?.[platform] ?? [];
}

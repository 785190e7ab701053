import { browserExtensionsCollector } from './browser-extensions';
import type { Collector } from './collector';
import { dpkgCollector, rpmCollector } from './linux-packages';
import { systemdUnitsCollector } from './linux-systemd-units';
import { macAppsCollector } from './mac-apps';
import { launchdJobsCollector } from './mac-launchd-jobs';
import { pkgutilCollector } from './mac-pkgutil';
import { macUninstallersCollector } from './mac-uninstallers';
import { osInfoCollector } from './si-os-info';
import { processesCollector } from './si-processes';
import { servicesCollector } from './si-services';
import { defenderStatusCollector } from './win-defender-status';
import { driversCollector } from './win-drivers';
import { kasperskyKeysCollector } from './win-kaspersky-keys';
import { rootCertificatesCollector } from './win-root-certificates';
import { securityCenterCollector } from './win-security-center';
import { windowsServicesCollector } from './win-services';
import { uninstallEntriesCollector } from './win-uninstall-entries';

/** Every collector SafeSwitch knows; each declares the platforms it runs on. */
export const allCollectors: readonly Collector[] = [
  // every platform
  osInfoCollector,
  processesCollector,
  browserExtensionsCollector,
  // Windows
  windowsServicesCollector,
  uninstallEntriesCollector,
  kasperskyKeysCollector,
  securityCenterCollector,
  defenderStatusCollector,
  driversCollector,
  rootCertificatesCollector,
  // macOS and Linux
  servicesCollector,
  macAppsCollector,
  launchdJobsCollector,
  pkgutilCollector,
  macUninstallersCollector,
  dpkgCollector,
  rpmCollector,
  systemdUnitsCollector,
];

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
import { windowsProbeCollector } from './windows-probe/windows-probe-collector';

/**
 * Every collector SafeSwitch knows; each declares the platforms it runs on. On Windows a scan starts
 * two processes: the probe (one PowerShell run for everything Windows-specific) and
 * systeminformation's persistent PowerShell for the process list (issue 9.1).
 */
export const allCollectors: readonly Collector[] = [
  // every platform
  processesCollector,
  browserExtensionsCollector,
  // Windows
  windowsProbeCollector,
  // macOS and Linux
  osInfoCollector,
  servicesCollector,
  macAppsCollector,
  launchdJobsCollector,
  pkgutilCollector,
  macUninstallersCollector,
  dpkgCollector,
  rpmCollector,
  systemdUnitsCollector,
];

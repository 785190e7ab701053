import type { ProductKind } from '../../contracts/scan-report';

/**
 * The signature catalog is data, in two layers:
 *
 * - A `ProductSignature` is one product the user can see and remove ("Kaspersky VPN Secure
 *   Connection"). Its *naming* evidence says exactly which product it is: uninstall DisplayName,
 *   Security Center displayName, Kaspersky `environment` ProductName, macOS bundle ids, Linux
 *   package names, install-folder fragments.
 * - A `ComponentFamily` holds *component* evidence shared by several products of one vendor
 *   (avp.exe runs for Total Security, Internet Security, Standard, Premium…): process, service and
 *   driver names, certificates, browser extensions, launchd labels, systemd units. Component
 *   evidence joins the family's product that naming evidence found; if none was named, the family's
 *   default product (or its leftovers entry, when only traces remain) stands in.
 *
 * All names are compared lower-case. Generic names (sched.exe, update.exe, uninstall.exe,
 * VpnSvc.exe) are never listed: such files identify a product only through their install folder.
 */
export interface ProductSignature {
  readonly id: string;
  readonly vendor: string;
  readonly name: string;
  readonly kind: ProductKind;
  /** Where the facts come from (research notes section / source), and their confidence. */
  readonly source: string;
  /** The component family whose processes, services and drivers belong to this product. */
  readonly family?: string;
  /**
   * Tokens (lower-case words) one of which must appear in a display name before `names` is tried.
   * They index the catalog so matching is a map look-up per entry, not a loop over every pattern.
   */
  readonly keywords?: readonly string[];
  /** Uninstall DisplayName, Security Center displayName, Kaspersky ProductName, app name. */
  readonly names?: readonly RegExp[];
  /** Report the name the machine showed (editions vary: "Bitdefender Total Security"). */
  readonly reportedName?: boolean;
  /** Lower-case install-folder fragments with forward slashes, e.g. `/avast software/avast/`. */
  readonly pathFragments?: readonly string[];
  /** macOS bundle ids (apps) and package receipt ids (`pkgutil --pkgs`). */
  readonly bundleIds?: readonly string[];
  /** Linux package names (dpkg/rpm), most telling first: the first one found gives the version. */
  readonly packages?: readonly string[];
  /**
   * macOS: where the vendor's own uninstaller (script or .app) lives, exact absolute paths. A
   * collector checks which exist; the matcher passes a found one on as `removal.uninstallerPath`.
   */
  readonly macUninstallers?: readonly string[];
  /** The vendor's own removal tool, offered when there is no uninstall entry. */
  readonly vendorTool?: string;
  /** Names that pattern-match but belong to another product, e.g. a vendor's "Cleanup" tool. */
  readonly notNames?: readonly RegExp[];
}

export interface ComponentFamily {
  readonly id: string;
  readonly vendor: string;
  readonly source: string;
  /** Product used when core components (process, service, driver, unit) exist but no product was named. */
  readonly defaultProduct: string;
  /** Product used when only traces remain (certificate, browser extension): leftovers of a removal. */
  readonly leftoverProduct?: string;
  readonly processes?: readonly string[];
  readonly services?: readonly string[];
  /** Service key names that carry a version, e.g. `AVP21.20`. */
  readonly servicePatterns?: readonly RegExp[];
  readonly serviceDisplayPatterns?: readonly RegExp[];
  readonly drivers?: readonly string[];
  readonly units?: readonly string[];
  readonly launchdLabels?: readonly string[];
  readonly certificatePatterns?: readonly RegExp[];
  readonly extensionIds?: readonly string[];
}

/**
 * Binaries that several vendors ship (Avast, AVG and Norton share `asw*` files). Such a file
 * identifies nobody by its name: its install folder decides, or the one candidate product found.
 */
export interface SharedComponentGroup {
  readonly id: string;
  readonly source: string;
  readonly families: readonly string[];
  readonly processes: readonly string[];
  readonly drivers?: readonly string[];
}

/** Kaspersky-style catch-all: a program by the vendor that no pattern named is still reported. */
export interface VendorFallback {
  readonly vendor: string;
  readonly keyword: string;
  /** DisplayName must start with the vendor word, or the Publisher must be one of these. */
  readonly publishers: readonly string[];
  readonly kind: ProductKind;
}

export interface Catalog {
  readonly products: readonly ProductSignature[];
  readonly families: readonly ComponentFamily[];
  readonly shared: readonly SharedComponentGroup[];
  readonly fallbacks: readonly VendorFallback[];
}

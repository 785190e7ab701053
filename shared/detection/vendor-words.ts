import { CATALOG } from './catalog/catalog';

/**
 * Words that name a security vendor. Collectors that could read private things (root
 * certificates, browser extensions) keep only entries that mention one of these, or a known id,
 * so an inventory a user sends to a technician holds nothing unrelated.
 */
export const SECURITY_VENDOR_WORDS =
  /kaspersky|avast|\bavg\b|norton|symantec|mcafee|bitdefender|\beset\b|avira|trend ?micro|sophos|malwarebytes|webroot|f-secure|g ?data|panda (dome|security)|totalav|ultra ?av|clamav/i;

/** Browser extension ids the catalog knows (lower-case). */
export function knownExtensionIds(): ReadonlySet<string> {
  return new Set(CATALOG.families.flatMap((f) => f.extensionIds ?? []).map((id) => id.toLowerCase()));
}

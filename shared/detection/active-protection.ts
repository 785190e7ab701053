import type { DetectedProduct } from '../contracts/scan-report';

/**
 * One rule for "protecting now", used by the scan report's `active` and by the finish check:
 * installed (not only leftovers), and on by its own state source (Security Center), or, where no
 * such source exists (macOS, Linux), its processes run — the safer guess for a warning.
 */
export function isActiveProtection(p: Pick<DetectedProduct, 'installed' | 'protection' | 'running'>): boolean {
  return p.installed !== false && (p.protection === 'on' || (p.protection === 'unknown' && p.running));
}

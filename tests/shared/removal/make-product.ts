import type { DetectedProduct } from '@shared/contracts/scan-report';

/** A detected product for tests; `removal` carries the passthrough fields detection provides. */
export function makeProduct(overrides: Omit<Partial<DetectedProduct>, 'removal'> & { removal?: Record<string, unknown> } = {}): DetectedProduct {
  const { removal, ...rest } = overrides;
  return {
    id: 'kaspersky-total-security',
    vendor: 'Kaspersky',
    name: 'Kaspersky Total Security',
    version: '21.3.10.391',
    kind: 'suite',
    running: true,
    protection: 'on',
    signatures: 'out-of-date',
    evidence: [{ source: 'security-center', value: 'Kaspersky Total Security' }],
    ...rest,
    removal: { method: 'msi', ...(removal ?? {}) } as DetectedProduct['removal'],
  };
}

export const GUID = '{3E3F7FD4-4F0C-4F6B-9E1A-2B7B0C3D5E6F}';

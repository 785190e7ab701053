import type { ProductKind } from '../contracts/scan-report';

/**
 * A first, small signature list (process and service names only). The full catalog replaces it.
 * Names are lower-case; generic names never appear here alone.
 */
export interface FirstSignature {
  readonly id: string;
  readonly vendor: string;
  readonly name: string;
  readonly kind: ProductKind;
  readonly processes: readonly string[];
  readonly services: readonly string[];
  readonly packages: readonly string[];
}

export const FIRST_SIGNATURES: readonly FirstSignature[] = [
  {
    id: 'kaspersky',
    vendor: 'Kaspersky',
    name: 'Kaspersky',
    kind: 'suite',
    processes: ['avp.exe', 'avpui.exe', 'kavfs.exe'],
    services: ['avp', 'klif'],
    packages: [],
  },
  {
    id: 'kaspersky-endpoint-security-linux',
    vendor: 'Kaspersky',
    name: 'Kaspersky Endpoint Security for Linux',
    kind: 'antivirus',
    processes: ['kesl', 'wdserver'],
    services: ['kesl', 'kesl-supervisor'],
    packages: ['kesl'],
  },
  {
    id: 'clamav',
    vendor: 'Cisco',
    name: 'ClamAV',
    kind: 'antivirus',
    processes: ['clamd', 'freshclam'],
    services: ['clamav-daemon', 'clamav-freshclam'],
    packages: ['clamav-daemon', 'clamav'],
  },
];

/** Microsoft Defender is built-in protection: reported in `builtIn`, never in `products`. */
export const DEFENDER_PROCESSES = ['msmpeng.exe'];
export const DEFENDER_SERVICES = ['windefend'];

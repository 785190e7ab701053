import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inventorySchema, type Inventory } from '@shared/contracts/inventory';
import type { BuiltInProtection, DetectedProduct } from '@shared/contracts/scan-report';

export const INVENTORY_DIR = join(__dirname, '../../fixtures/inventories');

export function loadInventory(file: string): Inventory {
  return inventorySchema.parse(JSON.parse(readFileSync(join(INVENTORY_DIR, file), 'utf8')));
}

export type Expected = Pick<DetectedProduct, 'vendor' | 'name' | 'version' | 'kind' | 'protection' | 'signatures'> & {
  method: DetectedProduct['removal']['method'];
};

/** What each research-derived inventory must produce: every product, in report order. */
export const FIXTURE_TABLE: readonly { file: string; products: Expected[]; builtIn: BuiltInProtection }[] = (() => {
  // Defender's own AMRunningMode is reported as `mode` (issue 9): passive beside another antivirus.
  const passive = { name: 'Microsoft Defender Antivirus', protection: 'off', signatures: 'up-to-date', mode: 'passive' } as const;
  const active = { name: 'Microsoft Defender Antivirus', protection: 'on', signatures: 'up-to-date', mode: 'normal' } as const;
  // Nothing from Defender itself in the capture: unknown, not guessed.
  const unread = { name: 'Microsoft Defender Antivirus', protection: 'unknown', signatures: 'unknown' } as const;
  const wscOff = { name: 'Microsoft Defender Antivirus', protection: 'off', signatures: 'up-to-date' } as const;
  const one = (file: string, p: Expected, builtIn: BuiltInProtection = passive) => ({ file, products: [p], builtIn });
  const k = (name: string, version: string | null, kind: Expected['kind'], protection: Expected['protection'], signatures: Expected['signatures'], method: Expected['method'] = 'msi'): Expected =>
    ({ vendor: 'Kaspersky', name, version, kind, protection, signatures, method });
  const av = (vendor: string, name: string, version: string | null, protection: Expected['protection'], signatures: Expected['signatures'], method: Expected['method'] = 'uninstaller', kind: Expected['kind'] = 'antivirus'): Expected =>
    ({ vendor, name, version, kind, protection, signatures, method });
  const kts = k('Kaspersky Total Security', '21.2.16.590', 'suite', 'on', 'out-of-date');
  const kpm = k('Kaspersky Password Manager', '25.3.0.120', 'password-manager', 'unknown', 'unknown');
  const vpn = k('Kaspersky VPN Secure Connection', '5.2.0.2110', 'vpn', 'unknown', 'unknown');
  const norton = av('Norton', 'Norton 360', '22.24.8.36', 'on', 'up-to-date', 'uninstaller', 'suite');
  const avast = av('Avast', 'Avast Free Antivirus', '24.9.6130', 'on', 'up-to-date');
  const avg = av('AVG', 'AVG AntiVirus FREE', '24.9.3350', 'on', 'out-of-date');
  return [
    one('kaspersky-total-security.from-research.json', k('Kaspersky Total Security', '21.2.16.590', 'suite', 'on', 'up-to-date')),
    one('kaspersky-internet-security.from-research.json', k('Kaspersky Internet Security', '21.3.10.391', 'suite', 'on', 'out-of-date')),
    one('kaspersky-anti-virus.from-research.json', k('Kaspersky Anti-Virus', '20.0.14.1085', 'antivirus', 'off', 'up-to-date')),
    one('kaspersky-security-cloud.from-research.json', k('Kaspersky Security Cloud', '21.3.10.391', 'suite', 'on', 'out-of-date')),
    one('kaspersky-free.from-research.json', k('Kaspersky Free', '21.9.6.465', 'antivirus', 'on', 'up-to-date')),
    one('kaspersky-standard.from-research.json', k('Kaspersky Standard', '21.13.5.506', 'antivirus', 'on', 'up-to-date')),
    one('kaspersky-plus.from-research.json', k('Kaspersky Plus', '21.14.5.462', 'suite', 'on', 'out-of-date')),
    one('kaspersky-premium.from-research.json', k('Kaspersky Premium', '21.15.8.493', 'suite', 'on', 'out-of-date')),
    one('kaspersky-small-office-security.from-research.json', k('Kaspersky Small Office Security', '21.9.6.465', 'suite', 'snoozed', 'up-to-date')),
    one('kaspersky-endpoint-security.from-research.json', k('Kaspersky Endpoint Security for Windows', '11.6.0.394', 'antivirus', 'on', 'up-to-date')),
    one('kaspersky-network-agent.from-research.json', k('Kaspersky Security Center Network Agent', '12.0.0.7734', 'management-agent', 'unknown', 'unknown'), active),
    one('kaspersky-password-manager.from-research.json', kpm, active),
    one('kaspersky-vpn.from-research.json', vpn, active),
    one('kaspersky-safe-kids.from-research.json', k('Kaspersky Safe Kids', '23.0.0.1234', 'parental-control', 'unknown', 'unknown', 'uninstaller'), active),
    { file: 'kaspersky-kts-vpn-kpm.from-research.json', products: [kts, kpm, vpn], builtIn: passive },
    {
      file: 'ultraav-switch-kaspersky-leftovers.from-research.json',
      products: [
        kpm,
        k('Kaspersky leftovers', null, 'other', 'off', 'unknown', 'manual'),
        av('Pango', 'UltraAV', '1.2.0.45', 'on', 'up-to-date'),
        av('Pango', 'UltraVPN', '2.1.0.7', 'unknown', 'unknown', 'uninstaller', 'vpn'),
      ],
      builtIn: passive,
    },
    {
      // macOS signals of the five Mac products the catalog offers (docs/research/mac-signals.md).
      file: 'mac-five-vendors.from-research.json',
      products: [
        av('Norton', 'Norton 360', null, 'unknown', 'unknown', 'app-bundle', 'suite'),
        av('Avast', 'Avast', '15.7.4', 'unknown', 'unknown', 'app-bundle'),
        av('Bitdefender', 'Bitdefender Antivirus', null, 'unknown', 'unknown', 'app-bundle'),
        av('Malwarebytes', 'Malwarebytes', '5.14.2', 'unknown', 'unknown', 'app-bundle'),
        av('Intego', 'Intego VirusBarrier', null, 'unknown', 'unknown', 'app-bundle'),
      ],
      builtIn: { name: 'XProtect', protection: 'unknown' },
    },
    // Captured on real machines (each file's .source.md says where): issue 9.
    one('ru-kes11.from-captured.json', k('Kaspersky Endpoint Security for Windows', '11.3.0.773', 'antivirus', 'unknown', 'unknown', 'vendor-tool'), unread),
    one('de-kes10-security-center.from-captured.json', k('Kaspersky Endpoint Security for Windows', null, 'antivirus', 'on', 'up-to-date', 'vendor-tool'), unread),
    {
      file: 'ru-network-agent-console.from-captured.json',
      products: [
        k('Kaspersky Security Center Network Agent', '12.0.0.7734', 'management-agent', 'unknown', 'unknown'),
        k('Консоль администрирования Kaspersky Security Center', '12.0.0.7734', 'other', 'unknown', 'unknown'),
      ],
      builtIn: unread,
    },
    one('bitdefender-defender-security-center.from-captured.json', av('Bitdefender', 'Bitdefender Antivirus', null, 'on', 'up-to-date', 'vendor-tool'), wscOff),
    one('huorong-unknown-security-center.from-captured.json', av('Unknown', '火绒安全软件', null, 'on', 'up-to-date', 'manual'), wscOff),
    one('ultraav.from-research.json', av('Pango', 'UltraAV', '1.2.0.45', 'on', 'up-to-date')),
    {
      file: 'mac-kaspersky.from-research.json',
      products: [k('Kaspersky Internet Security', '21.0', 'antivirus', 'unknown', 'unknown', 'app-bundle')],
      builtIn: { name: 'XProtect', protection: 'unknown' },
    },
    {
      // klnagent in the folder of its uninstall script (§2.1); the process name is the Linux/Windows one.
      file: 'mac-kaspersky-network-agent.from-research.json',
      products: [k('Kaspersky Security Center Network Agent', null, 'management-agent', 'unknown', 'unknown', 'uninstaller')],
      builtIn: { name: 'XProtect', protection: 'unknown' },
    },
    {
      file: 'linux-kesl-network-agent.from-research.json',
      products: [
        k('Kaspersky Security Center Network Agent', '14.0.0-4490', 'management-agent', 'unknown', 'unknown', 'package-manager'),
        k('Kaspersky Endpoint Security for Linux', '12.0.0-4871', 'antivirus', 'unknown', 'unknown', 'package-manager'),
      ],
      builtIn: null,
    },
    { file: 'linux-kav4fs.from-research.json', products: [k('Kaspersky Anti-Virus for Linux File Server', '8.0.4-312', 'antivirus', 'unknown', 'unknown', 'package-manager')], builtIn: null },
    { file: 'linux-clamav.from-research.json', products: [av('Cisco', 'ClamAV', '1.0.7+dfsg-1~deb12u1', 'unknown', 'unknown', 'package-manager')], builtIn: null },
    { file: 'defender-only.from-research.json', products: [], builtIn: active },
    one('norton.from-research.json', norton),
    one('mcafee.from-research.json', av('McAfee', 'McAfee LiveSafe', '16.0 R143', 'on', 'up-to-date', 'uninstaller', 'suite')),
    one('bitdefender.from-research.json', av('Bitdefender', 'Bitdefender Antivirus Free', '1.0.21.1109', 'on', 'up-to-date')),
    one('eset.from-research.json', av('ESET', 'ESET Security', '17.0.15.0', 'on', 'up-to-date', 'msi')),
    one('avast.from-research.json', avast),
    one('avg.from-research.json', avg),
    one('avira.from-research.json', av('Avira', 'Avira Security', '1.1.109.2270', 'on', 'up-to-date')),
    one('trend-micro.from-research.json', av('Trend Micro', 'Trend Micro Antivirus+', '17.8.1187', 'on', 'up-to-date')),
    one('sophos-home.from-research.json', av('Sophos', 'Sophos Home', '4.3.1.2', 'on', 'up-to-date')),
    one('malwarebytes.from-research.json', av('Malwarebytes', 'Malwarebytes', '4.6.14.326', 'on', 'up-to-date')),
    one('webroot.from-research.json', av('Webroot', 'Webroot SecureAnywhere', '9.0.36.40', 'on', 'up-to-date')),
    one('f-secure.from-research.json', av('F-Secure', 'F-Secure SAFE', '19.3', 'on', 'up-to-date')),
    one('g-data.from-research.json', av('G DATA', 'G DATA Total Security', '25.5.17.335', 'on', 'up-to-date')),
    one('panda-dome.from-research.json', av('Panda Security', 'Panda Dome', '22.00.01', 'on', 'up-to-date', 'msi')),
    one('totalav.from-research.json', av('TotalAV', 'TotalAV', '6.0.1690', 'on', 'up-to-date')),
    { file: 'avast-avg-norton-mix.from-research.json', products: [norton, avast, avg], builtIn: passive },
    { file: 'norton-asw-binaries.from-research.json', products: [{ ...norton, version: null, method: 'vendor-tool' }], builtIn: passive },
    {
      file: 'shared-binaries-no-path.from-research.json',
      products: [],
      builtIn: { name: 'Microsoft Defender Antivirus', protection: 'on', signatures: 'out-of-date', mode: 'normal' },
    },
    {
      file: 'generic-names-only.from-research.json',
      products: [],
      builtIn: { name: 'Microsoft Defender Antivirus', protection: 'unknown', signatures: 'unknown' },
    },
  ];
})();

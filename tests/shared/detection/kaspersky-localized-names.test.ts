import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import { matchInventory } from '@shared/detection/match-inventory';
import { fallbackSlug } from '@shared/detection/collect-hits';
import { publisherKey } from '@shared/detection/catalog/kaspersky-names';

const program = (name: string, publisher = 'AO Kaspersky Lab') => ({ name, publisher, version: '1.0', uninstallString: null, source: 'registry-64' });
const scan = (programs: ReturnType<typeof program>[]) =>
  matchInventory({ format: 'safeswitch-inventory/1', os: { platform: 'win32' }, programs } as Inventory);
const idOf = (name: string, publisher?: string) => scan([program(name, publisher)]).products.map((p) => p.id);

/**
 * Each row: a display name as a machine (or the vendor's installer in that language) writes it, and
 * the product it must be. [captured] rows are strings from real machines (kaspersky-names.ts says
 * where); [help] rows use the vendor's own help-page terms for that language.
 */
const NAMES: readonly [string, string, string][] = [
  // Endpoint Security for Windows 10, 11, 12
  ['captured ru', 'Kaspersky Endpoint Security 11 для Windows', 'kaspersky-endpoint-security'],
  ['captured ru', 'Kaspersky Endpoint Security 12.1.0.506 для Windows', 'kaspersky-endpoint-security'],
  ['captured de', 'Kaspersky Endpoint Security 10 für Windows', 'kaspersky-endpoint-security'],
  ['research en', 'Kaspersky Endpoint Security 10 for Windows SP1', 'kaspersky-endpoint-security'],
  ['research en', 'Kaspersky Endpoint Security for Windows', 'kaspersky-endpoint-security'],
  ['help es', 'Kaspersky Endpoint Security 11 para Windows', 'kaspersky-endpoint-security'],
  ['help fr', 'Kaspersky Endpoint Security 12 pour Windows', 'kaspersky-endpoint-security'],
  ['help it', 'Kaspersky Endpoint Security 12 per Windows', 'kaspersky-endpoint-security'],
  ['help pt', 'Kaspersky Endpoint Security 12 para Windows', 'kaspersky-endpoint-security'],
  // Security for Windows Server, and its tools (never the antivirus)
  ['captured ru', 'Kaspersky Security для Windows Server', 'kaspersky-windows-server'],
  ['research en', 'Kaspersky Security 10.1 for Windows Server', 'kaspersky-windows-server'],
  ['research en', 'Kaspersky Security 10.1 for Windows Server Administration Tools', 'kaspersky-administration-tools'],
  ['help de', 'Kaspersky Security 11 für Windows Server', 'kaspersky-windows-server'],
  ['research en', 'Kaspersky Embedded Systems Security', 'kaspersky-windows-server'],
  // Network Agent
  ['captured ru', 'Агент администрирования Kaspersky Security Center', 'kaspersky-network-agent'],
  ['captured ru', 'Агент администрирования Kaspersky Security Center 14.2.0.26967', 'kaspersky-network-agent'],
  ['research en', 'Kaspersky Security Center 14 Network Agent', 'kaspersky-network-agent'],
  ['research fr', "Agent d'administration de Kaspersky Security Center 13", 'kaspersky-network-agent'],
  ['help de', 'Kaspersky Security Center 14 Administrationsagent', 'kaspersky-network-agent'],
  ['help es', 'Agente de red de Kaspersky Security Center 14', 'kaspersky-network-agent'],
  ['help it', 'Agente di rete di Kaspersky Security Center 14', 'kaspersky-network-agent'],
  ['help pt', 'Agente de Rede do Kaspersky Security Center 14', 'kaspersky-network-agent'],
  // Administration Console and the server
  ['captured ru', 'Консоль администрирования Kaspersky Security Center', 'kaspersky-administration-tools'],
  ['captured ru', 'Консоль администрирования Kaspersky Security Center 14.2.0.26967', 'kaspersky-administration-tools'],
  ['research en', 'Kaspersky Security Center 14 Web Console', 'kaspersky-administration-tools'],
  ['research en', 'Kaspersky Security Center 14', 'kaspersky-security-center'],
  ['listed ru', 'Сервер администрирования Kaspersky Security Center', 'kaspersky-security-center'],
  // Home products: the Latin name in every language
  ['research', 'Kaspersky Standard', 'kaspersky-standard'],
  ['research', 'Kaspersky Plus 21.14.5.462', 'kaspersky-plus'],
  ['research', 'Kaspersky Premium', 'kaspersky-premium'],
  ['research', 'Kaspersky Free', 'kaspersky-free'],
  ['research', 'Kaspersky Security Cloud', 'kaspersky-security-cloud'],
  ['research', 'Kaspersky Total Security', 'kaspersky-total-security'],
];

describe('Kaspersky names in every language it ships in', () => {
  it.each(NAMES)('[%s] %s', (_from, name, id) => {
    expect(idOf(name)).toEqual([id]);
  });

  it('is anchored: a longer name is not the antivirus', () => {
    expect(idOf('Kaspersky Endpoint Security 11 для Windows Management Plug-in')).toEqual(['kaspersky-administration-tools']);
    for (const name of ['Kaspersky Endpoint Security for Windows Server Administration Tools', 'Kaspersky Total Security Helper Tool']) {
      const ids = idOf(name);
      expect(ids).not.toContain('kaspersky-endpoint-security');
      expect(ids).not.toContain('kaspersky-total-security');
      expect(ids[0]).toMatch(/^kaspersky-(other-|administration-tools)/);
    }
  });

  it('reads the Russian publisher with its quotes, and the company form', () => {
    expect(publisherKey('"Лаборатория Касперского"')).toBe('лаборатория касперского');
    expect(publisherKey('АО Лаборатория Касперского')).toBe('лаборатория касперского');
    expect(publisherKey('AO Kaspersky Lab')).toBe('kaspersky lab');
    // A Russian-only name by a Kaspersky publisher is still reported, under its own name.
    const report = scan([program('Антивирус Касперского 2012', '"Лаборатория Касперского"')]);
    expect(report.products.map((p) => [p.vendor, p.name])).toEqual([['Kaspersky', 'Антивирус Касперского 2012']]);
    // Someone else's program that only mentions Kaspersky is not Kaspersky's.
    expect(idOf('Removal helper for Kaspersky', 'Some Tools Inc.')).toEqual([]);
  });

  it('keeps ids distinct for names in any script', () => {
    const report = scan([
      program('Антивирус Касперского 2012', '"Лаборатория Касперского"'),
      program('Защита Касперского для дома', '"Лаборатория Касперского"'),
    ]);
    const ids = report.products.map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
    expect(fallbackSlug('Антивирус Касперского')).toBe('антивирус-касперского');
    expect(fallbackSlug('卡巴斯基')).toBe('卡巴斯基');
    expect(fallbackSlug('***')).toMatch(/^x[0-9a-f]+$/);
    expect(fallbackSlug('***')).not.toBe(fallbackSlug('+++'));
  });
});

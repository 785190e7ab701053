import { describe, expect, it } from 'vitest';
import { matchInventory } from '@shared/detection/match-inventory';
import { evaluateFinish } from '../../../main/choose/finish-check';
import { loadInventory } from './inventory-fixtures';

/** The finish check and the leftovers fields on inventories captured on real machines (issue 9). */
describe('inventories captured on real machines', () => {
  const finish = (file: string) => evaluateFinish(matchInventory(loadInventory(file)), 'now');

  it('counts an antivirus the catalog does not know (Huorong, Defender off) as the one protection', () => {
    const report = matchInventory(loadInventory('huorong-unknown-security-center.from-captured.json'));
    expect(report.products).toHaveLength(1);
    expect(report.products[0]).toMatchObject({ name: '火绒安全软件', unknown: true, installed: true, active: true, vendor: 'Unknown' });
    expect(report.products[0]?.notes?.[0]).toMatch(/^SafeSwitch does not know this product/);
    expect(finish('huorong-unknown-security-center.from-captured.json')).toMatchObject({ verdict: 'ok', active: [{ name: '火绒安全软件' }] });
  });

  it('takes Defender as off from Security Center and Get-MpComputerStatus although its service runs', () => {
    const check = finish('bitdefender-defender-security-center.from-captured.json');
    expect(check.verdict).toBe('ok');
    expect(check.active.map((a) => a.name)).toEqual(['Bitdefender Antivirus']);
  });

  it('reads German and Russian Kaspersky Endpoint Security as one product each, installed', () => {
    for (const file of ['de-kes10-security-center.from-captured.json', 'ru-kes11.from-captured.json']) {
      const [kes] = matchInventory(loadInventory(file)).products;
      expect(kes).toMatchObject({ id: 'kaspersky-endpoint-security', installed: true });
    }
    // German Security Center says on: that is active protection.
    expect(finish('de-kes10-security-center.from-captured.json').active.map((a) => a.name)).toEqual(['Kaspersky Endpoint Security for Windows']);
  });

  it('keeps the Russian Network Agent and console apart, and neither is protection', () => {
    const report = matchInventory(loadInventory('ru-network-agent-console.from-captured.json'));
    expect(report.products.map((p) => p.id)).toEqual(['kaspersky-network-agent', 'kaspersky-administration-tools']);
    expect(finish('ru-network-agent-console.from-captured.json').verdict).toBe('none');
  });
});

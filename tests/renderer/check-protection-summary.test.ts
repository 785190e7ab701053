import { describe, expect, it } from 'vitest';
import { allCollectors } from '../../main/collectors/all-collectors';
import { matchInventory } from '@shared/detection/match-inventory';
import { builtInStatusKey, productStatusKey, protectionSummary } from '../../renderer/src/steps/check/protection-summary';
import check from '../../renderer/locales/en/check.json';
import { FIXTURE_TABLE, loadInventory } from '../shared/detection/inventory-fixtures';

const report = (file: string) => matchInventory(loadInventory(file));

describe('Check screen sentences', () => {
  it('says plainly whether the machine is protected right now', () => {
    expect(protectionSummary(report('kaspersky-kts-vpn-kpm.from-research.json'))).toEqual({ key: 'protectedWeak', names: ['Kaspersky Total Security'] });
    expect(protectionSummary(report('kaspersky-total-security.from-research.json')).key).toBe('protected');
    expect(protectionSummary(report('defender-only.from-research.json'))).toEqual({ key: 'builtInOnly', names: ['Microsoft Defender Antivirus'] });
    expect(protectionSummary(report('kaspersky-anti-virus.from-research.json')).key).toBe('notProtected');
    expect(protectionSummary(report('linux-kesl-network-agent.from-research.json')).key).toBe('cannotTell');
  });

  it('words the Kaspersky US update stop only where definitions are out of date', () => {
    const [kts, kpm, vpn] = report('kaspersky-kts-vpn-kpm.from-research.json').products;
    expect(kts && productStatusKey(kts)).toBe('status.onStaleKaspersky');
    expect(kpm && productStatusKey(kpm)).toBe('kind.password-manager');
    expect(vpn && productStatusKey(vpn)).toBe('kind.vpn');
    // The date as people in the US write it (issue 13.5).
    expect(check.status.onStaleKaspersky).toContain('September 29, 2024');
  });

  it('explains the built-in protection', () => {
    // Defender says it is in passive mode beside Kaspersky: said plainly (issue 9).
    expect(builtInStatusKey(report('kaspersky-total-security.from-research.json'))).toBe('builtInStatus.passiveForOther');
    expect(builtInStatusKey(report('kaspersky-anti-virus.from-research.json'))).toBe('builtInStatus.passiveAlone');
    expect(builtInStatusKey(report('defender-only.from-research.json'))).toBe('builtInStatus.on');
    expect(builtInStatusKey(report('mac-kaspersky.from-research.json'))).toBe('builtInStatus.xprotect');
    expect(builtInStatusKey(report('linux-clamav.from-research.json'))).toBeNull();
  });

  it('has a string for every key any fixture produces', () => {
    const lookup = (key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], check);
    for (const { file } of FIXTURE_TABLE) {
      const r = report(file);
      for (const p of r.products) {
        expect(lookup(productStatusKey(p)), `${file} ${p.id}`).toEqual(expect.any(String));
        expect(lookup(`removalHow.${p.removal.method}`)).toEqual(expect.any(String));
        for (const e of p.evidence) expect(lookup(`evidence.${e.source}`), e.source).toEqual(expect.any(String));
      }
      const key = builtInStatusKey(r);
      if (key) expect(lookup(key)).toEqual(expect.any(String));
      expect(lookup(`summary.${protectionSummary(r).key}`)).toEqual(expect.any(String));
    }
  });

  it('names every collector in plain words for progress and warnings', () => {
    for (const c of allCollectors) expect((check.sources as Record<string, string>)[c.name], c.name).toEqual(expect.any(String));
  });
});

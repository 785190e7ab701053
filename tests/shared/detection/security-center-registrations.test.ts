import { describe, expect, it } from 'vitest';
import type { Inventory, SecurityCenterEntry } from '@shared/contracts/inventory';
import { matchInventory } from '@shared/detection/match-inventory';
import { compareRegistrations, pickRegistration } from '@shared/detection/security-center-entries';
import { buildRemovalPlan } from '@shared/removal/build-plan';
import { evaluateFinish } from '../../../main/choose/finish-check';
import { loadInventory } from './inventory-fixtures';

const win = (parts: Partial<Inventory>): Inventory => ({ format: 'safeswitch-inventory/1', os: { platform: 'win32' }, ...parts });
const defenderOn = { amRunningMode: 'Normal', realTimeProtectionEnabled: true, antivirusSignatureAgeDays: 0, antivirusEnabled: true };

/** The captured Bitdefender registration (bitdefender-defender-security-center.from-captured.source.md). */
const captured = (): SecurityCenterEntry => {
  const entry = loadInventory('bitdefender-defender-security-center.from-captured.json').securityCenter?.[0];
  if (!entry) throw new Error('fixture changed');
  return entry;
};

describe('Security Center registrations (issue 9.5)', () => {
  it('merges duplicates by the newest timestamp, whatever their order', () => {
    const newer = captured(); // on, 15 Dec 2021
    const older = { ...captured(), instanceGuid: '{00000000-0000-0000-0000-000000000001}', productState: 262144, timestamp: 'Mon, 01 Mar 2021 08:00:00 GMT' }; // off
    for (const order of [[newer, older], [older, newer]]) {
      const [product] = matchInventory(win({ securityCenter: order })).products;
      expect(product).toMatchObject({ name: 'Bitdefender Antivirus', protection: 'on' });
      expect(product?.evidence.filter((e) => e.source === 'security-center')).toHaveLength(1);
    }
    // The newer one speaks even when it is the less protective one.
    const newerOff = { ...older, timestamp: 'Sat, 01 Jan 2022 08:00:00 GMT' };
    expect(matchInventory(win({ securityCenter: [newer, newerOff] })).products[0]?.protection).toBe('off');
  });

  it('without timestamps, the most protective registration speaks; then one whose file exists', () => {
    const on = { ...captured(), timestamp: null };
    const off = { ...on, productState: 262144 };
    expect(pickRegistration([off, on])).toBe(on);
    expect(pickRegistration([on, off])).toBe(on);
    const stale = { ...on, productExeExists: false };
    const live = { ...on, productExeExists: true };
    expect(pickRegistration([stale, live])).toBe(live);
    expect(compareRegistrations(on, { ...on })).toBe(0);
    // A timestamp that does not parse counts as none.
    expect(pickRegistration([{ ...off, timestamp: 'yesterday' }, on])).toBe(on);
  });

  it('reports a registration with nothing behind it as a leftover, without a removal plan', () => {
    const report = matchInventory(win({ defender: defenderOn, securityCenter: [{ ...captured(), productExeExists: false }] }));
    const [product] = report.products;
    expect(product).toMatchObject({ name: 'Bitdefender Antivirus', installed: false, active: false, protection: 'off', removal: { method: 'manual' } });
    expect(product?.notes).toContain('Windows Security Center still lists Bitdefender Antivirus, but it is not installed. This is only a leftover entry; it does not protect this computer.');
    // The finish check counts Defender alone: the stale entry is neither active nor "inactive product".
    const check = evaluateFinish(report, 'now');
    expect(check).toMatchObject({ verdict: 'ok', active: [{ builtIn: true }], inactive: [] });
    // Ticked anyway, it gets no removal plan, and the user is told why.
    const plan = buildRemovalPlan({ report, selectedIds: [product?.id ?? ''], environment: { platform: 'win32', logFolder: 'C:\\SafeSwitch', systemRoot: 'C:\\Windows' } });
    expect(plan.products).toEqual([]);
    expect(plan.skipped).toEqual([expect.objectContaining({ productId: 'bitdefender', reason: 'not-installed' })]);
  });

  it('a registration whose file exists, or was not checked, is installed', () => {
    for (const productExeExists of [true, null, undefined]) {
      const [product] = matchInventory(win({ securityCenter: [{ ...captured(), productExeExists }] })).products;
      expect(product).toMatchObject({ installed: true, active: true });
    }
  });
});

describe('leftovers apart from products (issue 9.6)', () => {
  it('after Kaspersky was removed, a stopped driver and two add-ons are leftovers, not an active Kaspersky', () => {
    const report = matchInventory(
      win({
        defender: defenderOn,
        drivers: [{ name: 'klif', path: 'C:\\Windows\\System32\\drivers\\klif.sys', state: 'stopped' }],
        browserExtensions: [
          { browser: 'chrome', id: 'ahkjpbeeocnddjkakilopmfdlnjdpcdm', name: 'Kaspersky Protection' },
          { browser: 'edge', id: 'amkpcclbbgegoafihnpgomddadjhcadd', name: 'Kaspersky Protection' },
        ],
      }),
    );
    expect(report.products.map((p) => [p.id, p.installed, p.active])).toEqual([['kaspersky-leftovers', false, false]]);
    const check = evaluateFinish(report, 'now');
    expect(check.verdict).toBe('ok');
    expect(check.active.map((a) => a.name)).toEqual(['Microsoft Defender Antivirus']);
  });

  it('a running driver is still the product', () => {
    const report = matchInventory(win({ drivers: [{ name: 'klif', path: null, state: 'running' }] }));
    expect(report.products.map((p) => [p.id, p.installed, p.running])).toEqual([['kaspersky', true, true]]);
  });
});

import { describe, expect, it } from 'vitest';
import { SCAN_FORMAT, type DetectedProduct, type ScanReport } from '@shared/contracts/scan-report';
import { buildRemovalPlan, removalPlanSchema, type CommandEnvironment } from '@shared/removal';
import { GUID, makeProduct } from './make-product';

const win: CommandEnvironment = { platform: 'win32', logFolder: 'C:\\SafeSwitch', systemRoot: 'C:\\Windows' };

const suite = makeProduct({ removal: { method: 'msi', uninstallString: `MsiExec.exe /X${GUID}` } });
const vpn = makeProduct({ id: 'kaspersky-vpn', name: 'Kaspersky VPN Secure Connection', kind: 'vpn', running: false, removal: { method: 'msi', productCode: '{11111111-2222-3333-4444-555555555555}' } });
const kpm = makeProduct({ id: 'kaspersky-password-manager', name: 'Kaspersky Password Manager', kind: 'password-manager', running: true, removal: { method: 'uninstaller', uninstallString: '"C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Password Manager 9.0\\uninstall.exe"' } });
const kids = makeProduct({ id: 'kaspersky-safe-kids', name: 'Kaspersky Safe Kids', kind: 'parental-control', running: true, removal: { method: 'vendor-tool' } });

function report(products: DetectedProduct[], platform = 'win32'): ScanReport {
  return { format: SCAN_FORMAT, os: { platform }, products, builtIn: { name: 'Microsoft Defender Antivirus', protection: 'off' }, warnings: [] };
}

describe('buildRemovalPlan', () => {
  it('plans only what was ticked, in order: close, uninstall, restart if needed, verify, leftovers', () => {
    const plan = buildRemovalPlan({ report: report([suite, vpn, kpm]), selectedIds: [suite.id], environment: win });
    expect(removalPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.products.map((p) => p.productId)).toEqual([suite.id]);
    const steps = plan.products[0]?.steps ?? [];
    expect(steps.map((s) => s.kind)).toEqual(['close-app', 'run-uninstaller', 'restart', 'verify', 'clean-leftovers']);
    expect(steps[1]?.command?.args).toEqual(['/x', GUID, '/passive', '/norestart', '/l*v', 'C:\\SafeSwitch\\uninstall-kaspersky-total-security-msiexec.log']);
    expect(steps[2]).toMatchObject({ onlyIfNeeded: true, restartLikely: true, text: { key: 'step.restart.likely' } });
    expect(plan.restartLikely).toBe(true);
    expect(steps.every((s) => s.text.params.product === 'Kaspersky Total Security')).toBe(true);
  });

  it('offers the VPN, the password manager and Safe Kids as separate choices, never bundled', () => {
    const plan = buildRemovalPlan({ report: report([suite, vpn, kpm, kids]), selectedIds: [suite.id], environment: win });
    expect(plan.companionsOffered.map((c) => c.productId)).toEqual([vpn.id, kpm.id, kids.id]);
    expect(plan.companionsOffered.every((c) => c.companionOf === suite.id)).toBe(true);
  });

  it('a ticked companion is its own product plan, after the main product', () => {
    const plan = buildRemovalPlan({ report: report([vpn, suite]), selectedIds: [vpn.id, suite.id], environment: win });
    expect(plan.products.map((p) => [p.productId, p.companion, p.companionOf])).toEqual([
      [suite.id, false, null],
      [vpn.id, true, suite.id],
    ]);
    expect(plan.products[1]?.steps.map((s) => s.kind)).toEqual(['run-uninstaller', 'restart', 'verify', 'clean-leftovers']);
    expect(plan.companionsOffered).toEqual([]);
  });

  it('the password manager waits until its data is saved or the user declined', () => {
    const waiting = buildRemovalPlan({ report: report([kpm]), selectedIds: [kpm.id], environment: win });
    expect(waiting.products[0]?.blockers).toEqual([
      { code: 'password-data-not-saved', text: { key: 'blocker.password-data-not-saved', params: { product: 'Kaspersky Password Manager' } } },
    ]);
    for (const state of ['saved', 'declined'] as const) {
      const ready = buildRemovalPlan({ report: report([kpm]), selectedIds: [kpm.id], environment: win, passwordData: { [kpm.id]: state } });
      expect(ready.products[0]?.blockers).toEqual([]);
    }
    const notSaved = buildRemovalPlan({ report: report([kpm]), selectedIds: [kpm.id], environment: win, passwordData: { [kpm.id]: 'not-saved' } });
    expect(notSaved.products[0]?.blockers).toHaveLength(1);
    expect(waiting.products[0]?.restartLikely).toBe(false);
  });

  it('never plans built-in protection, whatever is ticked', () => {
    const defender = makeProduct({ id: 'microsoft-defender', vendor: 'Microsoft', name: 'Microsoft Defender Antivirus', kind: 'antivirus', removal: { uninstallString: `MsiExec.exe /X${GUID}` } });
    const plan = buildRemovalPlan({ report: report([defender, suite]), selectedIds: ['microsoft-defender', 'xprotect', suite.id], environment: win });
    expect(plan.products.map((p) => p.productId)).toEqual([suite.id]);
    expect(plan.skipped.map((s) => [s.productId, s.reason])).toEqual([
      ['microsoft-defender', 'built-in-protection'],
      ['xprotect', 'built-in-protection'],
    ]);
  });

  it('unknown and repeated ids are skipped and said so', () => {
    const plan = buildRemovalPlan({ report: report([suite]), selectedIds: [suite.id, suite.id, 'norton-360'], environment: win });
    expect(plan.products).toHaveLength(1);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['duplicate', 'not-found']);
  });

  it('a refused command becomes a manual step with the plain reason', () => {
    const plan = buildRemovalPlan({ report: report([kids]), selectedIds: [kids.id], environment: win });
    const manual = plan.products[0]?.steps.find((s) => s.kind === 'manual-uninstall');
    expect(manual).toMatchObject({ automatic: false, command: null, refusal: { code: 'vendor-tool-only' }, text: { key: 'step.manualUninstall.win32' } });
  });

  it('Linux packages: no restart step, no restart likely, a quick uninstall', () => {
    const kesl = makeProduct({ id: 'kaspersky-endpoint-security-linux', kind: 'antivirus', removal: { method: 'package-manager', packages: ['kesl'], packageManager: 'dpkg' } });
    const plan = buildRemovalPlan({ report: report([kesl], 'linux'), selectedIds: [kesl.id], environment: { platform: 'linux', logFolder: '/tmp/s' } });
    const product = plan.products[0];
    expect(product?.steps.map((s) => s.kind)).toEqual(['close-app', 'run-uninstaller', 'verify', 'clean-leftovers']);
    expect(product?.restartLikely).toBe(false);
    expect(product?.steps[1]?.command).toMatchObject({ file: '/usr/bin/apt-get', args: ['remove', '-y', 'kesl'] });
    expect(product?.expectedSeconds.max).toBeGreaterThan(product?.expectedSeconds.min ?? Infinity);
  });

  it('changes nothing it is given', () => {
    const r = report([suite, vpn]);
    const before = JSON.stringify(r);
    buildRemovalPlan({ report: r, selectedIds: [suite.id, vpn.id], environment: win });
    expect(JSON.stringify(r)).toBe(before);
  });
});

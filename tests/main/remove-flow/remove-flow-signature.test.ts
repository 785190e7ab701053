import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RemovalView } from '@shared/api/remove-calls';
import { openService } from '../../../main/service/open-service';
import { REPO_ROOT } from '../../helpers/built-app';
import { tempFolder } from '../../helpers/temp-folder';

/**
 * Issue 12 through the whole service on a simulated Windows machine with Avast: the uninstaller's
 * signature is checked when it is chosen (consent page), its hash pinned in the journal, and checked
 * again at launch; a file that changed in between is never run.
 */
const AVAST = 'avast';
const TRUSTED = (sha: string) =>
  `Status: Valid\nStatusMessage: Signature verified.\nSubject: CN=Avast Software s.r.o., O=Avast Software s.r.o., L=Prague, C=CZ\nSha256: ${sha}\n`;
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
let folder: ReturnType<typeof tempFolder> | null = null;
afterEach(() => folder?.remove());

async function service(checks: string[], uninstallerRuns: boolean) {
  folder = tempFolder();
  const inventory = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/inventories/avast.from-research.json'), 'utf8'));
  const marker = '# safeswitch: check the signature of an uninstaller';
  const scenario = {
    format: 'safeswitch-scenario/1',
    name: 'Avast, signature scripted',
    platform: 'win32',
    inventory,
    commands: [
      ...checks.map((stdout) => ({ program: 'powershell.exe', argsInclude: [marker], exitCode: 0, durationMs: 0, times: 1, stdout })),
      ...(uninstallerRuns ? [{ program: 'Instup.exe', exitCode: 0, durationMs: 0, effects: { removeProcesses: ['AvastSvc.exe', 'AvastUI.exe', 'aswEngSrv.exe', 'wsc_proxy.exe'], removePrograms: ['Avast Free Antivirus'], removeServices: ['avast! Antivirus', 'AvastWscReporter'] } }] : []),
    ],
  };
  const file = join(folder.path, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  const s = await openService({ dataFolder: join(folder.path, 'data'), scenarioPath: file, timeScale: 0 });
  await s.invoke('scan', {});
  return s;
}

const step = (view: RemovalView) => view.plan?.products[0]?.steps.find((s) => s.kind === 'run-uninstaller' || s.kind === 'manual-uninstall');

describe('the Remove flow and the uninstaller signature', () => {
  it('pins the hash at consent, shows the signer, and runs the uninstaller when nothing changed', async () => {
    const s = await service([TRUSTED(A), TRUSTED(A)], true);
    const chosen = (await s.invoke('chooseRemoval', { productIds: [AVAST] })) as RemovalView;
    expect(step(chosen)).toMatchObject({ kind: 'run-uninstaller', command: { trust: { signer: 'Avast Software s.r.o.', sha256: A } } });
    expect(chosen.section.products[AVAST]?.signatureCheck).toMatchObject({ verdict: 'trusted', sha256: A });
    const after = (await s.invoke('startRemoval', { productId: AVAST, consent: true })) as RemovalView;
    expect(after.section.products[AVAST]?.commands.at(-1)?.outcome).toBe('success');
  });

  it('a file that changed between consent and launch is not run', async () => {
    const s = await service([TRUSTED(A), TRUSTED(B)], true);
    await s.invoke('chooseRemoval', { productIds: [AVAST] });
    const after = (await s.invoke('startRemoval', { productId: AVAST, consent: true })) as RemovalView;
    const record = after.section.products[AVAST]!;
    expect(record.state).toBe('failed');
    expect(record.reason).toBe('uninstaller-changed');
    expect(record.commands.at(-1)).toMatchObject({ outcome: 'failed', exitCode: null });
  });

  it('a check that cannot run leaves a manual step, never the command', async () => {
    const s = await service([], false);
    const chosen = (await s.invoke('chooseRemoval', { productIds: [AVAST] })) as RemovalView;
    expect(step(chosen)).toMatchObject({ kind: 'manual-uninstall', refusal: { code: 'signature-check-failed' } });
    await expect(s.invoke('startRemoval', { productId: AVAST, consent: true })).rejects.toThrow(/cannot run the uninstaller/);
  });
});

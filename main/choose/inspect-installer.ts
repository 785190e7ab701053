import type { InstallerCheck } from '@shared/journal/choose-section';
import type { SystemPort } from '../system/system-port';
import { authenticodeSpec, judgeAuthenticode, type SignatureJudgement } from './authenticode';
import { checkInstallerPath, sha256OfFile } from './installer-files';
import { judgePkgutil, pkgutilSpec } from './mac-installer';
import { signerNamesFor } from '@shared/signing/signer-names';

const NO_SIGNATURE: Omit<SignatureJudgement, 'verdict'> = { signer: null, subject: null, status: null, statusMessage: null };

/**
 * Checks an installer the user already downloaded, before anything runs it: Windows reads its
 * Authenticode signature, macOS checks a .pkg with pkgutil (a .dmg is left to Gatekeeper), Linux
 * explains instead. Only `signed-by-vendor` (or a .dmg's `not-checked`) may go on to run.
 */
export async function inspectInstaller(system: SystemPort, productId: string, rawPath: string): Promise<InstallerCheck> {
  const platform = system.machine.platform;
  const expectedSigners = [...signerNamesFor(productId)];
  const target = await checkInstallerPath(rawPath, platform);
  const checkedAt = system.now().toISOString();
  const result = (judgement: SignatureJudgement, sha256: string | null): InstallerCheck => ({
    productId,
    path: target.path,
    fileName: target.fileName,
    kind: target.kind,
    ...judgement,
    expectedSigners,
    sha256,
    canRun: judgement.verdict === 'signed-by-vendor' || judgement.verdict === 'not-checked',
    checkedAt,
  });

  if (platform === 'linux') return result({ ...NO_SIGNATURE, verdict: 'not-supported' }, null);
  if (target.problem) return result({ ...NO_SIGNATURE, verdict: target.problem }, null);

  // Hash first: what runs later must be byte for byte what was checked here.
  const sha256 = await sha256OfFile(target.path);
  if (!sha256) return result({ ...NO_SIGNATURE, verdict: 'not-found' }, null);

  if (platform === 'win32') {
    const run = await system.run(authenticodeSpec(target.path));
    return result(judgeAuthenticode(run, expectedSigners), sha256);
  }
  if (target.kind === 'dmg') return result({ ...NO_SIGNATURE, verdict: 'not-checked' }, sha256);
  const run = await system.run(pkgutilSpec(target.path));
  return result(judgePkgutil(run, expectedSigners), sha256);
}

import { z } from 'zod';
import type { CommandBuild } from './build-command';
import { refusal } from './refusal';

/**
 * What main found when it checked the signature of the program it would raise (issue 12): the
 * file, the verdict, who signed it and its SHA-256, pinned until launch.
 */
export const uninstallerCheckSchema = z.object({
  file: z.string(),
  verdict: z.enum(['trusted', 'wrong-signer', 'unsigned', 'invalid', 'check-failed']),
  signer: z.string().nullable(),
  sha256: z.string().nullable(),
  checkedAt: z.string(),
});
export type UninstallerCheck = z.infer<typeof uninstallerCheckSchema>;

/**
 * A command that needs a signature stays a command only when its check says `trusted` for that
 * very file; otherwise it becomes a manual step that says why. The pinned hash and signer ride on
 * the command so the consent page can name the signer and the launch can compare the hash.
 */
export function gateOnSignature(build: CommandBuild, check: UninstallerCheck | null | undefined, vendor: string): CommandBuild {
  if (!build.ok || build.command.signature === null) return build;
  const file = build.command.file;
  if (!check || check.file.toLowerCase() !== file.toLowerCase()) {
    return { ok: false, refusal: refusal('signature-not-checked', file) };
  }
  switch (check.verdict) {
    case 'trusted':
      return { ok: true, command: { ...build.command, trust: { signer: check.signer, sha256: check.sha256 } } };
    case 'wrong-signer':
      return { ok: false, refusal: refusal('signature-wrong-signer', file, { signer: check.signer ?? '?', vendor }) };
    case 'unsigned':
      return { ok: false, refusal: refusal('signature-unsigned', file, { vendor }) };
    case 'invalid':
      return { ok: false, refusal: refusal('signature-invalid', file) };
    default:
      return { ok: false, refusal: refusal('signature-check-failed', file) };
  }
}

import type { CommandRefusal } from './plan-schema';
import { refusal } from './refusal';

const GUID = /^\{[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}\}$/;

/**
 * What an msiexec uninstall entry may say besides `/x {GUID}`: display and restart switches and the
 * restart properties Kaspersky's own entry uses (`msiexec.exe /x {ProductCode} /qb ALLOWREBOOT=1`,
 * research detection.md §1). SafeSwitch replaces these with its own (`/passive /norestart /l*v`).
 */
const HARMLESS_SWITCH = /^[/-](q|qn|qb|qr|qf|qn\+|qb\+|qb-|qn-|quiet|passive|norestart|promptrestart|forcerestart)$/i;
const HARMLESS_PROPERTY = /^(ALLOWREBOOT=[01]|REBOOT=(ReallySuppress|Suppress|Force)|REBOOTPROMPT=(S|Suppress))$/i;

export type MsiexecArguments = { ok: true; code: string } | { ok: false; refusal: CommandRefusal };

/**
 * The product code of an msiexec uninstall entry. Only `/x` or `/uninstall` with one GUID is an
 * uninstall; anything that installs, repairs, patches, advertises or transforms (`/i`, `/p`, `/f`,
 * `/a`, `/j`, `/y`, `/z`, `TRANSFORMS=`, `PATCH=`, a package path, a log or any unknown extra) is
 * refused with its reason, never quietly cut down to `/x {GUID}`: a tampered entry is a manual step.
 */
export function readMsiexecArguments(args: readonly string[], line: string, registryKey: string | null = null): MsiexecArguments {
  // `MsiExec.exe /I{GUID}` and nothing else is the entry Windows Installer itself writes for a
  // product whose "Change" button opens its maintenance screen; it installs nothing new. It counts
  // as that product's uninstall only when the GUID is the uninstall key's own name (the product
  // code Windows registered), and it is then run as `/x {GUID}`, shown as such on the consent page.
  // Every other /i (a package path, a GUID that is not the key, any extra) is refused.
  if (args.length === 1 && registryKey !== null) {
    const only = /^[/-]i(\{[0-9A-Fa-f-]{36}\})$/i.exec(args[0] ?? '');
    if (only && GUID.test(only[1] ?? '') && (only[1] ?? '').toUpperCase() === registryKey.toUpperCase()) {
      return { ok: true, code: (only[1] as string).toUpperCase() };
    }
  }
  let code: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const m = /^[/-](x|uninstall)(.*)$/i.exec(arg);
    if (m) {
      if (code !== null) return { ok: false, refusal: refusal('msiexec-extra-arguments', line, { argument: arg }) };
      const attached = m[2] ?? '';
      const candidate = attached !== '' ? attached : (args[i + 1] ?? '');
      if (!GUID.test(candidate)) return { ok: false, refusal: refusal('bad-product-code', line) };
      code = candidate.toUpperCase();
      if (attached === '') i += 1;
      continue;
    }
    if (HARMLESS_SWITCH.test(arg) || HARMLESS_PROPERTY.test(arg)) continue;
    return { ok: false, refusal: refusal('msiexec-extra-arguments', line, { argument: arg.slice(0, 40) }) };
  }
  if (code === null) return { ok: false, refusal: refusal('bad-product-code', line) };
  return { ok: true, code };
}

import type { DetectedProduct } from '../contracts/scan-report';
import { isBuiltInProtection } from './built-in';
import { buildLinuxCommand, buildMacCommand } from './build-unix-command';
import { buildWindowsCommand } from './build-windows-command';
import type { CommandRefusal, UninstallCommand } from './plan-schema';
import type { CommandEnvironment } from './removal-input';
import { readRemovalInfo } from './removal-info';
import { refusal } from './refusal';

export type CommandBuild = { ok: true; command: UninstallCommand } | { ok: false; refusal: CommandRefusal };

/**
 * The one uninstall command for a detected product, built only from what detection found
 * (design.md "Rules that keep users safe"), or a plain refusal that becomes a manual step.
 */
export function buildUninstallCommand(product: DetectedProduct, env: CommandEnvironment): CommandBuild {
  if (isBuiltInProtection(product)) return { ok: false, refusal: refusal('built-in-protection', product.name) };
  const info = readRemovalInfo(product);
  if (info.method === 'vendor-tool') {
    return { ok: false, refusal: refusal('vendor-tool-only', product.name, { product: product.name }) };
  }
  if (info.method === 'manual') {
    return { ok: false, refusal: refusal('no-uninstall-entry', 'removal method is manual', { product: product.name }) };
  }
  switch (env.platform) {
    case 'win32':
      return buildWindowsCommand(info, env, product.id, product.vendor);
    case 'darwin':
      return buildMacCommand(info, product.vendor);
    case 'linux':
      return buildLinuxCommand(info, env);
    default:
      return { ok: false, refusal: refusal('unsupported-platform', String(env.platform)) };
  }
}

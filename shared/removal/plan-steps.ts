import type { Platform } from '../contracts/inventory';
import type { DetectedProduct, ProductKind } from '../contracts/scan-report';
import type { CommandBuild } from './build-command';
import type { RemovalStep, StepKind } from './plan-schema';

type Seconds = { min: number; max: number };

/**
 * Rough waits shown to the user. Estimates, not measurements: a suite's uninstaller removes
 * drivers and can take many minutes; a package manager is quick.
 */
function uninstallSeconds(kind: ProductKind, build: CommandBuild): Seconds {
  if (!build.ok) return { min: 300, max: 1200 }; // the user does it by hand, with our guidance
  if (build.command.kind === 'package-manager') return { min: 10, max: 180 };
  if (kind === 'suite' || kind === 'antivirus' || kind === 'management-agent') return { min: 120, max: 900 };
  return { min: 60, max: 300 };
}

/**
 * A restart is likely where the product has drivers (Windows security suites, VPNs, parental
 * control): research migration.md §1.1, "the normal Kaspersky uninstaller requires a reboot".
 * Mac and Linux uninstallers are not known to need one; the step stays, in case one asks.
 */
export function isRestartLikely(platform: Platform, kind: ProductKind): boolean {
  if (platform !== 'win32') return false;
  return kind !== 'password-manager' && kind !== 'other';
}

const step = (
  productId: string,
  kind: StepKind,
  key: string,
  params: Record<string, string | number>,
  rest: Partial<Pick<RemovalStep, 'automatic' | 'onlyIfNeeded' | 'restartLikely' | 'command' | 'refusal'>> & { expectedSeconds: Seconds },
): RemovalStep => ({
  id: `${productId}:${kind}`,
  kind,
  text: { key, params },
  automatic: rest.automatic ?? true,
  onlyIfNeeded: rest.onlyIfNeeded ?? false,
  expectedSeconds: rest.expectedSeconds,
  restartLikely: rest.restartLikely ?? false,
  command: rest.command ?? null,
  refusal: rest.refusal ?? null,
});

/** Close the app, run the vendor's own uninstaller (or guide a manual removal), restart if asked, verify, leftovers. */
export function productSteps(product: DetectedProduct, platform: Platform, build: CommandBuild): RemovalStep[] {
  const p = { product: product.name };
  const restartLikely = isRestartLikely(platform, product.kind);
  const steps: RemovalStep[] = [];

  if (product.running) {
    // SafeSwitch cannot and must not force-close a protected product (self-defense, PPL); the
    // user closes its window and the uninstaller stops the protection itself.
    steps.push(step(product.id, 'close-app', 'step.closeApp', p, { automatic: false, expectedSeconds: { min: 0, max: 60 } }));
  }
  if (build.ok) {
    steps.push(
      step(product.id, 'run-uninstaller', `step.runUninstaller.${build.command.kind}`, p, {
        expectedSeconds: uninstallSeconds(product.kind, build),
        restartLikely,
        command: build.command,
      }),
    );
  } else {
    steps.push(
      step(product.id, 'manual-uninstall', `step.manualUninstall.${platform}`, p, {
        automatic: false,
        expectedSeconds: uninstallSeconds(product.kind, build),
        restartLikely,
        refusal: build.refusal,
      }),
    );
  }
  if (!(build.ok && build.command.kind === 'package-manager')) {
    steps.push(
      step(product.id, 'restart', restartLikely ? 'step.restart.likely' : 'step.restart.ifAsked', p, {
        automatic: false,
        onlyIfNeeded: true,
        restartLikely,
        expectedSeconds: { min: 60, max: 300 },
      }),
    );
  }
  steps.push(step(product.id, 'verify', 'step.verify', p, { expectedSeconds: { min: 10, max: 60 } }));
  steps.push(step(product.id, 'clean-leftovers', `step.cleanLeftovers.${platform}`, p, { automatic: false, expectedSeconds: { min: 30, max: 300 } }));
  return steps;
}

import type { DetectedProduct, ProductKind } from '../contracts/scan-report';
import { buildUninstallCommand } from './build-command';
import { isBuiltInProtection } from './built-in';
import {
  REMOVAL_PLAN_FORMAT,
  type PlanBlocker,
  type ProductPlan,
  type RemovalPlan,
  type SkippedSelection,
} from './plan-schema';
import { productSteps } from './plan-steps';
import { gateOnSignature } from './signature-gate';
import type { RemovalPlanInput } from './removal-input';

const COMPANION_KINDS: readonly ProductKind[] = ['vpn', 'password-manager', 'parental-control'];

/** VPN, Password Manager, Safe Kids: the user chooses them one by one, never as part of the suite. */
export function isCompanionKind(kind: ProductKind): boolean {
  return COMPANION_KINDS.includes(kind);
}

/**
 * The removal plan (issue 5, point 1). Pure: it reads the scan report and the ids the user
 * ticked, and changes nothing. Only ticked products are planned; companions that came with a
 * ticked product are offered as their own choices; built-in protection is never planned.
 */
export function buildRemovalPlan(input: RemovalPlanInput): RemovalPlan {
  const { report, environment } = input;
  const byId = new Map(report.products.map((p) => [p.id, p]));
  const chosen = new Set<string>();
  const skipped: SkippedSelection[] = [];

  for (const id of input.selectedIds) {
    const product = byId.get(id);
    if (product === undefined) {
      const builtIn = isBuiltInProtection({ id, name: id, vendor: '' });
      skipped.push(skip(id, builtIn ? 'built-in-protection' : 'not-found'));
    } else if (isBuiltInProtection(product)) {
      skipped.push(skip(id, 'built-in-protection'));
    } else if (product.installed === false && product.evidence.every((e) => e.source === 'security-center')) {
      // A stale registration: no program behind it, so no uninstall plan (issue 9.5).
      skipped.push(skip(id, 'not-installed'));
    } else if (chosen.has(id)) {
      skipped.push(skip(id, 'duplicate'));
    } else {
      chosen.add(id);
    }
  }

  // Report order, main products before companions: a password manager goes last, giving the
  // Save step the most time.
  const ordered = report.products.filter((p) => chosen.has(p.id));
  ordered.sort((a, b) => Number(isCompanionKind(a.kind)) - Number(isCompanionKind(b.kind)));

  const products: ProductPlan[] = ordered.map((product) => {
    const built = buildUninstallCommand(product, environment);
    const build = input.signatureChecks ? gateOnSignature(built, input.signatureChecks[product.id], product.vendor) : built;
    const steps = productSteps(product, environment.platform, build);
    return {
      productId: product.id,
      productName: product.name,
      vendor: product.vendor,
      kind: product.kind,
      companion: isCompanionKind(product.kind),
      companionOf: companionOf(product, report.products),
      steps,
      restartLikely: steps.some((s) => s.restartLikely),
      expectedSeconds: {
        min: steps.reduce((sum, s) => sum + (s.onlyIfNeeded ? 0 : s.expectedSeconds.min), 0),
        max: steps.reduce((sum, s) => sum + s.expectedSeconds.max, 0),
      },
      blockers: blockersFor(product, input),
    };
  });

  const companionsOffered = report.products
    .filter((p) => isCompanionKind(p.kind) && !chosen.has(p.id) && !isBuiltInProtection(p))
    .map((p) => ({ productId: p.id, productName: p.name, kind: p.kind, companionOf: companionOf(p, report.products) }))
    .filter((c) => c.companionOf !== null && chosen.has(c.companionOf));

  return {
    format: REMOVAL_PLAN_FORMAT,
    platform: environment.platform,
    products,
    skipped,
    companionsOffered,
    restartLikely: products.some((p) => p.restartLikely),
  };
}

/** The main product of the same vendor (suite or antivirus), if the scan found one. */
function companionOf(product: DetectedProduct, all: readonly DetectedProduct[]): string | null {
  if (!isCompanionKind(product.kind)) return null;
  const main = all.find(
    (p) => p.vendor.toLowerCase() === product.vendor.toLowerCase() && (p.kind === 'suite' || p.kind === 'antivirus') && !isBuiltInProtection(p),
  );
  return main?.id ?? null;
}

/** A password manager waits until its data is saved or the user explicitly declined. */
function blockersFor(product: DetectedProduct, input: RemovalPlanInput): PlanBlocker[] {
  if (product.kind !== 'password-manager') return [];
  const state = input.passwordData?.[product.id] ?? 'not-saved';
  if (state === 'saved' || state === 'declined') return [];
  return [{ code: 'password-data-not-saved', text: { key: 'blocker.password-data-not-saved', params: { product: product.name } } }];
}

function skip(productId: string, reason: SkippedSelection['reason']): SkippedSelection {
  return { productId, reason, text: { key: `skipped.${reason}`, params: { product: productId } } };
}

import { formatArgv, type RemovalPlan, type RemovalStep } from '@shared/removal';
import type { CommandSpec } from '../system/system-port';

/**
 * English text for `safeswitch plan` (support staff read it in a terminal; the wizard uses the
 * translation keys in the plan instead).
 */
const STEP_WORDS: Record<RemovalStep['kind'], string> = {
  'close-app': 'Close the program window if it is open (its uninstaller stops the protection itself).',
  'run-uninstaller': "Run the vendor's own uninstaller.",
  'manual-uninstall': 'Remove it by hand, with SafeSwitch guiding you.',
  restart: 'Restart the computer, only if the uninstaller asks.',
  verify: 'Check again: its programs, services and entries must be gone.',
  'clean-leftovers': 'List what it left behind (folders, certificate, browser extension) and offer to remove each.',
};

const ELEVATION_WORDS = {
  none: 'runs as you',
  'program-asks': 'the program asks for administrator permission itself',
  'safeswitch-asks': 'SafeSwitch asks the system for administrator permission for this command only',
} as const;

function minutes(seconds: number): string {
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

export interface PlannedLaunch {
  readonly productId: string;
  readonly argv: readonly string[];
  readonly launched: CommandSpec;
}

export function formatPlan(plan: RemovalPlan, launches: readonly PlannedLaunch[], dryRun: boolean): string {
  const lines: string[] = [];
  if (plan.products.length === 0) lines.push('Nothing to remove: no product was found or chosen.');
  for (const product of plan.products) {
    const companion = product.companion ? ` (separate choice${product.companionOf ? `, comes with ${product.companionOf}` : ''})` : '';
    lines.push(`${product.productName} [${product.productId}]${companion}`);
    lines.push(`  takes about ${minutes(product.expectedSeconds.min)} to ${minutes(product.expectedSeconds.max)}; restart ${product.restartLikely ? 'likely' : 'not expected'}`);
    for (const blocker of product.blockers) {
      if (blocker.code === 'password-data-not-saved') lines.push('  waits: its passwords are not saved yet (or say you do not need them) - nothing runs until then');
    }
    product.steps.forEach((step, index) => {
      lines.push(`  ${index + 1}. ${STEP_WORDS[step.kind]}`);
      if (step.command) {
        lines.push(`     command: ${formatArgv(step.command.file, step.command.args)}`);
        lines.push(`     ${ELEVATION_WORDS[step.command.elevation]}`);
        const launch = launches.find((l) => l.productId === product.productId);
        if (dryRun && launch && launch.launched.file !== step.command.file) {
          lines.push(`     launched as: ${formatArgv(launch.launched.file, launch.launched.args)}`);
        }
      }
      if (step.refusal) lines.push(`     not run automatically: ${step.refusal.code.replace(/-/g, ' ')} (${step.refusal.detail})`);
    });
  }
  for (const offered of plan.companionsOffered) lines.push(`Also found, a separate choice: ${offered.productName} [${offered.productId}]`);
  for (const skipped of plan.skipped) {
    lines.push(`Not planned: ${skipped.productId} (${skipped.reason === 'built-in-protection' ? 'built-in protection is never removed' : skipped.reason.replace(/-/g, ' ')})`);
  }
  lines.push(dryRun ? 'Dry run: these are the exact commands; nothing was run or changed.' : 'Nothing was changed.');
  return `${lines.join('\n')}\n`;
}

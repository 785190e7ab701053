import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema, leftoverKindSchema, removalStateSchema } from '@shared/journal/remove-section';
import { blockerCodeSchema, commandKindSchema, refusalCodeSchema, skipReasonSchema } from '@shared/removal';
import { elevationSchema } from '@shared/removal/plan-schema';

const ROOT = resolve(__dirname, '../../..');
const strings = JSON.parse(readFileSync(resolve(ROOT, 'renderer/locales/en/remove.json'), 'utf8')) as Record<string, unknown>;

function has(key: string): boolean {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Every key the removal engine and the Remove flow can hand the screen has words in remove.json. */
describe('remove.json covers every key the removal engine produces', () => {
  const classify = readFileSync(resolve(ROOT, 'shared/removal/classify-outcome.ts'), 'utf8');
  const flow = ['remove-flow.ts', 'remove-journal.ts'].map((f) => readFileSync(resolve(ROOT, 'main/remove-flow', f), 'utf8')).join('\n');
  const reasons = [
    ...[...classify.matchAll(/result\('[a-z-]+', '([a-z-]+)'/g)].map((m) => m[1] as string),
    ...[...flow.matchAll(/'(app-stopped|still-installed(?:-after-restart)?)'/g)].map((m) => m[1] as string),
  ];

  it.each([
    ...refusalCodeSchema.options.map((c) => `refusal.${c}`),
    ...commandKindSchema.options.map((k) => `step.runUninstaller.${k}`),
    ...['win32', 'darwin', 'linux'].flatMap((p) => [`step.manualUninstall.${p}`, `step.cleanLeftovers.${p}`, `manual.${p}`, `progress.prompt.${p}`, `restart.consent.${p}`, `restart.then.${p}`, `state.declined.${p}`]),
    ...elevationSchema.options.flatMap((e) => [`commit.elevation.${e}`, `commit.elevationMac.${e}`]),
    ...blockerCodeSchema.options.map((c) => `blocker.${c}`),
    ...skipReasonSchema.options.map((r) => `skipped.${r}`),
    ...leftoverKindSchema.options.map((k) => `leftovers.kind.${k}`),
    ...removalStateSchema.options.map((s) => `stateShort.${s}`),
    ...checkSchema.shape.what.options.map((w) => `verify.check.${w}`),
    ...reasons.map((r) => `outcome.${r}`),
    'step.closeApp',
    'step.restart.likely',
    'step.restart.ifAsked',
    'step.verify',
  ])('%s', (key) => {
    expect(has(key)).toBe(true);
  });

  it('found the outcome reasons in the classifier (the list above is not empty by accident)', () => {
    expect(reasons).toEqual(expect.arrayContaining(['uac-declined', 'restart-required', 'self-protection-or-password', 'app-stopped']));
  });
});

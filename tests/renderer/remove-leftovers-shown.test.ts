import { describe, expect, it } from 'vitest';
import type { VerificationCheck } from '@shared/journal/remove-section';
import { leftoversApply } from '../../renderer/src/steps/remove/leftovers-shown';

const check = (what: VerificationCheck['what'], gone: boolean): VerificationCheck => ({ what, gone, remaining: gone ? [] : ['x'] });

describe('leftovers are listed only once the program itself is gone', () => {
  it('lists them when everything is gone', () => {
    expect(leftoversApply({ checks: [check('product', true), check('processes', true), check('services', true), check('app', true)] })).toBe(true);
  });

  it('lists them when only running parts or services are left (the program is gone, its parts linger)', () => {
    expect(leftoversApply({ checks: [check('product', true), check('processes', false), check('services', false), check('uninstall-entry', true), check('security-center', false)] })).toBe(true);
  });

  it.each(['product', 'uninstall-entry', 'app', 'package'] as const)('does not list them while %s is still there (they are the program\'s own parts)', (what) => {
    const checks = [check('product', true), check('processes', true), check('services', true), check('uninstall-entry', true), check('app', true), check('package', true)].map((c) =>
      c.what === what ? check(what, false) : c,
    );
    expect(leftoversApply({ checks })).toBe(false);
  });
});

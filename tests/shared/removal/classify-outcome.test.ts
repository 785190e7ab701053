import { describe, expect, it } from 'vitest';
import type { Platform } from '@shared/contracts/inventory';
import { classifyOutcome, type OutcomeInput, type UninstallCommand } from '@shared/removal';

const msi: Pick<UninstallCommand, 'kind' | 'elevation'> = { kind: 'msiexec', elevation: 'program-asks' };
const elevated: Pick<UninstallCommand, 'kind' | 'elevation'> = { kind: 'exe-uninstaller', elevation: 'safeswitch-asks' };

function input(platform: Platform, exitCode: number | null, more: Partial<OutcomeInput> = {}): OutcomeInput {
  return { platform, command: msi, exitCode, signal: null, timedOut: false, spawnError: null, cancelled: false, output: '', ...more };
}

describe('classifyOutcome', () => {
  it.each([
    ['win32', 0, undefined, 'success', 'finished'],
    ['win32', 3010, undefined, 'needs-restart', 'restart-required'],
    ['win32', 1641, undefined, 'needs-restart', 'restart-started'],
    ['win32', 1223, undefined, 'declined', 'uac-declined'],
    ['win32', 1602, undefined, 'declined', 'uninstaller-cancelled'],
    ['win32', 1605, undefined, 'success', 'already-removed'],
    ['win32', 1618, undefined, 'failed', 'another-install-running'],
    ['win32', 5, undefined, 'blocked', 'access-denied'],
    ['win32', 1603, undefined, 'failed', 'exit-code'],
    ['linux', 0, elevated, 'success', 'finished'],
    ['linux', 126, elevated, 'declined', 'pkexec-dismissed'],
    ['linux', 127, elevated, 'failed', 'not-authorized'],
    ['linux', 100, elevated, 'failed', 'exit-code'],
    ['darwin', 0, elevated, 'success', 'finished'],
  ] as const)('%s exit %s -> %s (%s)', (platform, code, command, outcome, reason) => {
    const result = classifyOutcome(input(platform, code, command ? { command } : {}));
    expect(result).toMatchObject({ outcome, reason, text: { key: `outcome.${reason}` } });
  });

  it('1223 from our PowerShell RunAs wrapper is "declined", not a failure', () => {
    expect(classifyOutcome(input('win32', 1223, { command: elevated })).outcome).toBe('declined');
  });

  it('126 from a program that was not raised through pkexec is just an exit code', () => {
    expect(classifyOutcome(input('linux', 126, { command: { kind: 'package-manager', elevation: 'program-asks' } })).outcome).toBe('failed');
  });

  it('the dismissed macOS administrator prompt is "declined"', () => {
    const result = classifyOutcome(input('darwin', 1, { command: elevated, output: '0:102: execution error: User canceled. (-128)' }));
    expect(result).toMatchObject({ outcome: 'declined', reason: 'admin-prompt-cancelled' });
  });

  it.each([
    'Uninstallation is blocked by Self-Defense',
    'Password protection is enabled. Enter the password to continue.',
    'MSI (s) (1C:2C) CustomAction returned: incorrect password',
    'Product Tamper Protection prevented this change',
  ])('a failure that says %j is "blocked"', (output) => {
    expect(classifyOutcome(input('win32', 1603, { output }))).toMatchObject({ outcome: 'blocked', reason: 'self-protection-or-password', text: { params: { code: 1603 } } });
  });

  it('the word "password" alone (every MSI log lists properties) is not read as blocked', () => {
    expect(classifyOutcome(input('win32', 1603, { output: 'Property(S): MSIPASSWORDFIELD = 1' })).outcome).toBe('failed');
  });

  it('success wins over words in the output', () => {
    expect(classifyOutcome(input('win32', 0, { output: 'self-defense was turned off' })).outcome).toBe('success');
  });

  it('cancel, timeout, could not start, killed', () => {
    expect(classifyOutcome(input('win32', null, { cancelled: true, spawnError: 'cancelled' })).outcome).toBe('cancelled');
    expect(classifyOutcome(input('win32', null, { timedOut: true, signal: 'SIGTERM' })).outcome).toBe('timed-out');
    expect(classifyOutcome(input('linux', null, { spawnError: 'ENOENT' }))).toMatchObject({ outcome: 'failed', reason: 'could-not-start', text: { params: { error: 'ENOENT' } } });
    expect(classifyOutcome(input('linux', null, { signal: 'SIGKILL' }))).toMatchObject({ outcome: 'failed', reason: 'stopped-by-signal' });
  });

  it('a busy package manager says so', () => {
    const output = 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 123 (apt)';
    expect(classifyOutcome(input('linux', 100, { command: elevated, output })).reason).toBe('package-manager-busy');
  });
});

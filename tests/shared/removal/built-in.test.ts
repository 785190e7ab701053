import { describe, expect, it } from 'vitest';
import { isBuiltInProtection } from '@shared/removal';

describe('isBuiltInProtection', () => {
  it.each([
    ['microsoft-defender', 'Microsoft Defender Antivirus', 'Microsoft'],
    ['windows-defender', 'Windows Defender', 'Microsoft'],
    ['defender', 'Defender', 'Microsoft'],
    ['apple-xprotect', 'XProtect', 'Apple'],
    ['something-else', 'Windows Security', 'Microsoft'],
  ])('never lets %s be removed', (id, name, vendor) => {
    expect(isBuiltInProtection({ id, name, vendor })).toBe(true);
  });

  it.each([
    ['bitdefender-total-security', 'Bitdefender Total Security', 'Bitdefender'],
    ['bitdefender', 'Bitdefender Antivirus Free', 'Bitdefender'],
    ['kaspersky-total-security', 'Kaspersky Total Security', 'Kaspersky'],
    ['defendx-antivirus', 'DefendX Antivirus', 'DefendX'],
  ])('does not mistake %s for built-in protection', (id, name, vendor) => {
    expect(isBuiltInProtection({ id, name, vendor })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CATALOG, computerPlatformOf, rankAlternatives, type Answers, type RankPlatform } from '@shared/alternatives/index';
import { lackLineSource, reasonLineSource, siteName } from '../../renderer/src/steps/choose/line-source';

/** Reasons that restate the user's answers or an absence: no source can state them. */
const UNSOURCED_REASONS = new Set(['pinned-keep-simple', 'no-lab-record-ranked-below', 'listed-because-received']);

const ANSWERS: Answers[] = [
  { devices: null, budget: null, features: null, keepSimple: null },
  { devices: ['windows', 'android', 'iphone'], budget: 'free', features: ['vpn', 'password-manager'], keepSimple: false },
  { devices: ['mac'], budget: 'paid', features: ['parental-control', 'identity-protection'], keepSimple: true },
];
const PLATFORMS: RankPlatform[] = ['win32', 'darwin', 'linux'];

describe('short list: every line names the source and date of the fact it states', () => {
  it('finds a dated https source for every reason that states a catalog fact', () => {
    let checkedLines = 0;
    for (const platform of PLATFORMS) {
      for (const answers of ANSWERS) {
        for (const entry of rankAlternatives(CATALOG, answers, platform).entries) {
          for (const reason of entry.reasons) {
            const line = reasonLineSource(entry.product, reason);
            if (UNSOURCED_REASONS.has(reason.code)) continue;
            // A fact the catalog marks unknown is never given as a reason; a stated one always has its source.
            expect(line, `${entry.product.id}: ${reason.code}`).not.toBeNull();
            expect(line?.source).toMatch(/^https:\/\//);
            expect(line?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            checkedLines += 1;
          }
          for (const lack of entry.lacks) {
            const line = lackLineSource(entry.product, lack, computerPlatformOf(platform));
            if (lack.code.endsWith('-unknown') || lack.code.startsWith('no-lab-results')) expect(line).toBeNull();
            else expect(line?.source, `${entry.product.id}: ${lack.code}`).toMatch(/^https:\/\//);
          }
        }
      }
    }
    expect(checkedLines).toBeGreaterThan(30);
  });

  it('shortens a source to its site, and leaves text that is not a URL as it is', () => {
    expect(siteName('https://www.av-test.org/en/antivirus/home-windows/')).toBe('av-test.org');
    expect(siteName('https://malwaretips.com/threads/x')).toBe('malwaretips.com');
    expect(siteName('https://raw.githubusercontent.com/MicrosoftDocs/defender-docs/public/x.md')).toBe('github.com/MicrosoftDocs');
    expect(siteName('https://github.com/Cisco-Talos/clamav')).toBe('github.com/Cisco-Talos');
    expect(siteName('not a url')).toBe('not a url');
  });
});

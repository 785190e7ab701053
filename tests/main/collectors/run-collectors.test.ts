import { describe, expect, it } from 'vitest';
import { allCollectors } from '../../../main/collectors/all-collectors';
import type { Collector } from '../../../main/collectors/collector';
import { mergeParts, runCollectors } from '../../../main/collectors/run-collectors';
import { fakeContext, ok } from './fake-run';

const collector = (name: string, collect: Collector['collect'], timeoutMs = 1_000): Collector => ({ name, platforms: ['linux'], timeoutMs, collect });

describe('runCollectors', () => {
  it('a failing or hanging collector becomes a warning; the others still count', async () => {
    const progress: string[] = [];
    const { parts, warnings } = await runCollectors(
      [
        collector('good', () => Promise.resolve({ packages: [{ name: 'kesl', version: '1', manager: 'dpkg' }] })),
        collector('broken', () => Promise.reject(new Error('dpkg-query exited with code 2'))),
        collector('stuck', () => new Promise(() => undefined), 20),
        { ...collector('windows-only', () => Promise.reject(new Error('must not run'))), platforms: ['win32'] },
      ],
      fakeContext('linux', () => ok('')),
      (p) => progress.push(`${p.collector}:${p.status}`),
    );
    const inventory = mergeParts(parts, { os: { platform: 'linux' } });
    expect(inventory.packages).toEqual([{ name: 'kesl', version: '1', manager: 'dpkg' }]);
    expect(warnings).toEqual([
      { source: 'broken', kind: 'unreadable', message: 'could not be read: dpkg-query exited with code 2' },
      { source: 'stuck', kind: 'timed-out', seconds: expect.any(Number), message: expect.stringMatching(/took longer than/) },
    ]);
    expect(progress).toContain('stuck:timed-out');
    expect(progress.some((p) => p.startsWith('windows-only'))).toBe(false);
  });

  it('registers each collector once, with a timeout, and covers every platform', () => {
    const names = allCollectors.map((c) => `${c.name}@${c.platforms.join(',')}`);
    expect(new Set(names).size).toBe(names.length);
    for (const c of allCollectors) expect(c.timeoutMs).toBeGreaterThan(0);
    for (const platform of ['darwin', 'linux'] as const) {
      expect(allCollectors.filter((c) => c.platforms.includes(platform)).length).toBeGreaterThanOrEqual(5);
    }
    // Windows: the one probe, systeminformation's process list, and the browser add-ons (files only).
    expect(allCollectors.filter((c) => c.platforms.includes('win32')).map((c) => c.name).sort()).toEqual(['browser-extensions', 'processes', 'windows-probe']);
  });
});

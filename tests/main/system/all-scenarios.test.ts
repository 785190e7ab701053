import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import { REPO_ROOT } from '../../helpers/built-app';
import { tempFolder } from '../../helpers/temp-folder';

/** Every scenario the README lists opens as a simulated machine and scans to at least one product. */
const SCENARIOS = join(REPO_ROOT, 'tests/scenarios');
const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).sort();

describe('the scenarios', () => {
  it('include a Linux machine and a machine after the UltraAV switch', () => {
    expect(files).toContain('linux-kesl.json');
    expect(files).toContain('win-after-ultraav-switch.json');
  });

  it.each(files)('%s opens and scans', async (file) => {
    const folder = tempFolder();
    try {
      const service = await openService({ dataFolder: folder.path, scenarioPath: join(SCENARIOS, file), timeScale: 0 });
      const session = (await service.invoke('getSession', {})) as { machine: { kind: string; platform: string } };
      expect(session.machine.kind).toBe('simulated');
      const report = (await service.invoke('scan', {})) as { products: unknown[] };
      expect(report.products.length).toBeGreaterThan(0);
    } finally {
      folder.remove();
    }
  });
});

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RemovalView } from '@shared/api/remove-calls';
import { openService } from '../../../main/service/open-service';
import { REPO_ROOT } from '../../helpers/built-app';
import { tempFolder } from '../../helpers/temp-folder';

/** Issue 12, point 4: "Start over" while an uninstaller runs would lose the removal's result. */
let folder: ReturnType<typeof tempFolder> | null = null;
afterEach(() => folder?.remove());

describe('Start over during a removal', () => {
  it('is refused while the uninstaller runs, the removal ends on record, then start over works', async () => {
    folder = tempFolder();
    const service = await openService({ dataFolder: folder.path, scenarioPath: join(REPO_ROOT, 'tests/scenarios/linux-kesl.json'), timeScale: 0.05 });
    await service.invoke('scan', {});
    await service.invoke('chooseRemoval', { productIds: ['kaspersky-endpoint-security-linux'] });
    const removal = service.invoke('startRemoval', { productId: 'kaspersky-endpoint-security-linux', consent: true }) as Promise<RemovalView>;
    await new Promise((r) => setTimeout(r, 60));
    await expect(service.invoke('startOver', {})).rejects.toMatchObject({ code: 'removal-running', message: expect.stringMatching(/^A removal is running/) });
    const done = await removal;
    expect(done.section.products['kaspersky-endpoint-security-linux']?.commands.at(-1)?.outcome).toBe('success');
    await expect(service.invoke('startOver', {})).resolves.toBeDefined();
  });
});

import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventorySchema } from '@shared/contracts/inventory';
import { matchInventory } from '@shared/detection/match-inventory';
import { openService } from '../../../main/service/open-service';
import { englishLines } from '../../helpers/english-words';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

/** The help file a user sends to a relative or technician (issue 13.7). */
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const pre = (html: string, id: string): unknown => {
  const m = new RegExp(`<pre id="${id}">([\\s\\S]*?)</pre>`).exec(html);
  if (!m) throw new Error(`no ${id}`);
  return JSON.parse(unescape(m[1] ?? ''));
};

describe('the help file', () => {
  const newTempFolder = tempFoldersRemovedAfterEach();
  const open = (scenario = 'tests/scenarios/win-kaspersky-basic.json') => {
    const f = newTempFolder();
    return openService({ dataFolder: f.path, scenarioPath: scenario, timeScale: 0 });
  };

  it('says where the user is and what was found, and carries an inventory that gives the same answer again', async () => {
    const service = await open();
    const { path } = await service.call('saveHelpFile', {});
    expect(basename(path)).toMatch(/^SafeSwitch help file \d{4}-\d{2}-\d{2} \d{2}-\d{2}\.html$/);
    expect(basename(dirname(path))).toBe('Documents');
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('They are on step 1 of 5: Check.');
    expect(html).toContain('Kaspersky Total Security');
    expect(html).toContain('What SafeSwitch changed on this computer');
    expect(html).toContain('No folder was chosen in the Save step yet');
    // The technician's part reads back: the inventory gives the scan report printed beside it.
    const inventory = inventorySchema.parse(pre(html, 'inventory'));
    const report = pre(html, 'scan-report') as { products: { name: string }[] };
    expect(matchInventory(inventory).products.map((p) => p.name)).toEqual(report.products.map((p) => p.name));
    // A help file does not change what the Check step recorded.
    expect((await service.call('getSession')).journal.lastScan).toBeNull();
  });

  it('goes into the migration folder once there is one, with what was saved, and never replaces an earlier help file', async () => {
    const service = await open();
    await service.call('scan', {});
    await service.call('completeStep', { step: 'check' });
    const chosen = await service.call('setMigrationFolder', { path: null });
    if (chosen.status !== 'ok') throw new Error('no folder');
    const folder = chosen.overview.folder.path ?? '';
    const first = await service.call('saveHelpFile', {});
    const second = await service.call('saveHelpFile', {});
    expect(dirname(first.path)).toBe(folder);
    expect(second.path).not.toBe(first.path);
    expect(basename(second.path)).toMatch(/ \(2\)\.html$/);
    const html = readFileSync(first.path, 'utf8');
    expect(html).toContain('They are on step 2 of 5: Save.');
    expect(html).toContain('Steps done: Check.');
    expect(html).not.toContain('No folder was chosen');
    expect(readdirSync(folder).filter((n) => n.startsWith('SafeSwitch help file'))).toHaveLength(2);
  });

  it('never writes through a link where its file would go: it takes the next free name', async () => {
    const service = await open();
    const { path } = await service.call('saveHelpFile', {});
    const documents = dirname(path);
    const elsewhere = join(documents, '..', 'elsewhere');
    mkdirSync(elsewhere);
    // The next name it would pick is taken by a link: it moves on to the next free name instead.
    symlinkSync(join(elsewhere, 'target.html'), path.replace(/\.html$/, ' (2).html'));
    const next = await service.call('saveHelpFile', {});
    expect(basename(next.path)).toMatch(/ \(3\)\.html$/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it.each(['es', 'ru'] as const)('is written in the language SafeSwitch speaks (%s), the report sections with it', async (language) => {
    const service = await open('tests/scenarios/win-kaspersky-scan-warnings.json');
    await service.call('setLanguage', { language });
    await service.call('scan', {});
    await service.call('completeStep', { step: 'check' });
    await service.call('setMigrationFolder', { path: null });
    const html = readFileSync((await service.call('saveHelpFile', {})).path, 'utf8');
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain(language === 'es' ? 'Está en el paso 2 de 5: Guardar.' : 'Шаг 2 из 5: Сохранение.');
    // The warnings say what happened in the language, not the collectors' English.
    expect(html).toContain(language === 'es' ? '(controladores): tardó más de 20 segundos' : '(драйверы): это заняло больше 20 секунд');
    // What a person reads, the JSON and paths aside, has no English sentence.
    expect(englishLines(html)).toEqual([]);
    // The technician's part still reads back.
    expect(inventorySchema.safeParse(pre(html, 'inventory')).success).toBe(true);
  });
});

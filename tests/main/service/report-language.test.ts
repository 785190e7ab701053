import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import { englishLines } from '../../helpers/english-words';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

/**
 * A switch of language writes the report again in the new one (issue 13.6): a user who checked and
 * saved in English, then picked Russian, gets one report in Russian, not half of each.
 */
describe('the report follows the language the user picks', () => {
  const newTempFolder = tempFoldersRemovedAfterEach();

  async function reportWrittenInEnglish() {
    const data = newTempFolder();
    const service = await openService({ dataFolder: data.path, scenarioPath: 'tests/scenarios/win-kaspersky-basic.json', timeScale: 0 });
    await service.call('setLanguage', { language: 'en' });
    await service.call('scan', {});
    await service.call('completeStep', { step: 'check' });
    await service.call('setMigrationFolder', { path: null });
    const final = await service.call('writeFinalReport', {});
    return { service, html: final.htmlPath, json: final.jsonPath, folder: final.folder };
  }

  it('writes every section again: found, save, choose and done', async () => {
    const { service, html, json } = await reportWrittenInEnglish();
    expect(readFileSync(html, 'utf8')).toContain('<html lang="en">');
    expect(englishLines(readFileSync(html, 'utf8')).length).toBeGreaterThan(10);

    await service.call('setLanguage', { language: 'ru' });
    const russian = readFileSync(html, 'utf8');
    expect(russian).toContain('<html lang="ru">');
    expect(englishLines(russian)).toEqual([]);
    const sections = JSON.parse(readFileSync(json, 'utf8')).sections as Record<string, { title: string }>;
    expect(Object.keys(sections).sort()).toEqual(['choose', 'done', 'found', 'save']);
    for (const section of Object.values(sections)) expect(section.title).toMatch(/[а-яё]/i);

    await service.call('setLanguage', { language: 'es' });
    const spanish = readFileSync(html, 'utf8');
    expect(spanish).toContain('<html lang="es">');
    expect(englishLines(spanish)).toEqual([]);
  });

  it('keeps the choice when the report cannot be written again, and the reply says why', async () => {
    const { service, folder } = await reportWrittenInEnglish();
    // The user moved the folder away (or it was on a stick they took out).
    rmSync(folder, { recursive: true, force: true });
    await expect(service.call('setLanguage', { language: 'ru' })).rejects.toMatchObject({ code: 'report-folder-gone', params: { folder } });
    expect((await service.call('getSession')).journal.language).toBe('ru');
  });

  it('writes nothing when there is no report yet', async () => {
    const data = newTempFolder();
    const service = await openService({ dataFolder: data.path, scenarioPath: 'tests/scenarios/win-kaspersky-basic.json', timeScale: 0 });
    const session = await service.call('setLanguage', { language: 'es' });
    expect(session.journal.language).toBe('es');
    expect(session.journal.save?.folder ?? null).toBeNull();
    expect(session.journal.choose?.report ?? null).toBeNull();
  });
});

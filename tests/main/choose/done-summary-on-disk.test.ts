import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DoneSummary } from '@shared/api/choose-calls';
import { summaryOnDisk } from '../../../main/choose/done-summary-on-disk';
import { tempFoldersRemovedAfterEach } from '../../helpers/temp-folder';

/** Done lists only what is on the disk now (issue 13.1), whatever the journal remembers. */
describe('the Done summary checked against the disk', () => {
  const newTempFolder = tempFoldersRemovedAfterEach();

  function saved() {
    const temp = newTempFolder();
    const folder = join(temp.path, 'SafeSwitch 2026-12-01');
    mkdirSync(folder);
    const passwords = join(folder, 'passwords-bitwarden.csv');
    const settings = join(folder, 'kaspersky-settings.cfg');
    const html = join(folder, 'report.html');
    for (const file of [passwords, settings, html]) writeFileSync(file, 'x');
    const summary = {
      platform: 'win32', finishCheck: null, chosen: null, removed: [], installerRun: null, oldProducts: [],
      saved: { folder, files: [{ path: passwords, holds: 'passwords' }, { path: settings, holds: 'settings' }], deleted: [], passwordFormat: 'bitwarden', passwordsSaved: 3 },
      report: { folder, htmlPath: html, jsonPath: join(folder, 'report.json'), writtenAt: '2026-12-01T10:00:00.000Z' },
    } as DoneSummary;
    return { temp: temp.path, folder, passwords, settings, html, summary };
  }

  it('keeps what is there as it is', async () => {
    const { summary } = saved();
    expect(await summaryOnDisk(summary)).toEqual({ ...summary, saved: { ...summary.saved, folderGone: false, missing: [] } });
  });

  it('lists a file moved or deleted by hand as missing, not as saved', async () => {
    const { summary, passwords, settings } = saved();
    rmSync(passwords);
    const checked = await summaryOnDisk(summary);
    expect(checked.saved.files).toEqual([{ path: settings, holds: 'settings' }]);
    expect(checked.saved.missing).toEqual([passwords]);
  });

  it('does not count a link or a folder standing where a saved file was', async () => {
    const { summary, temp, passwords, settings } = saved();
    rmSync(passwords);
    symlinkSync(join(temp, 'elsewhere.csv'), passwords);
    rmSync(settings);
    mkdirSync(settings);
    expect((await summaryOnDisk(summary)).saved.missing).toEqual([passwords, settings]);
  });

  it('says the folder is gone, lists nothing in it, and offers no report to open', async () => {
    const { summary, folder } = saved();
    rmSync(folder, { recursive: true });
    const checked = await summaryOnDisk(summary);
    expect(checked.saved).toMatchObject({ folder, folderGone: true, files: [], missing: [] });
    expect(checked.report).toBeNull();
  });

  it('offers no report whose page is gone, and leaves a summary with no folder alone', async () => {
    const { summary, html } = saved();
    rmSync(html);
    expect((await summaryOnDisk(summary)).report).toBeNull();
    const nothing = { ...summary, saved: { ...summary.saved, folder: null, files: [] }, report: null };
    expect((await summaryOnDisk(nothing)).saved).toMatchObject({ folder: null, folderGone: false, files: [], missing: [] });
  });
});

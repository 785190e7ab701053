import { describe, expect, it } from 'vitest';
import { saveReportSection } from '../../../main/save/save-report';
import { REPORT_EN, reportWordsFor } from '../../../main/report-words/report-words';

/** The report's Save section says what holds on the disk: a saved file moved or deleted by hand is said so. */
describe("the Save section's files, checked on the disk", () => {
  const conversion = {
    at: '2026-12-01T10:00:00.000Z', format: 'bitwarden', exportFile: '/d/export.txt', found: 3, verified: 3,
    byKind: { website: 3, application: 0, other: 0, note: 0 }, differences: 0, unplacedLines: 0,
    files: [{ path: '/f/passwords-bitwarden.csv', holds: 'passwords', description: '', entries: 3 }],
  };
  const section = {
    folder: '/f', conversion, deleted: [], plaintextFiles: ['/f/passwords-bitwarden.csv'],
    settingsBackup: { at: '2026-12-01T10:01:00.000Z', status: 'saved', file: '/f/kaspersky-settings.cfg' },
  } as never;

  it('lists every file as saved while it is there, with the clear-text warning', () => {
    const s = saveReportSection('/f', section, null, REPORT_EN);
    expect(s.files?.map((f) => f.description)).not.toContain(REPORT_EN.saved.missingFile);
    expect(s.warnings).toContain(REPORT_EN.saved.clearText);
  });

  it('says a file that is gone is not there, and drops the warning when no clear-text file is left', () => {
    const s = saveReportSection('/f', section, null, REPORT_EN, new Set(['/f/passwords-bitwarden.csv', '/f/kaspersky-settings.cfg']));
    expect(s.files).toEqual([
      { path: 'passwords-bitwarden.csv', description: REPORT_EN.saved.missingFile },
      { path: 'kaspersky-settings.cfg', description: REPORT_EN.saved.missingFile },
    ]);
    expect(s.warnings).not.toContain(REPORT_EN.saved.clearText);
  });

  it.each(['es', 'ru'] as const)('says it in the report language (%s)', (language) => {
    const w = reportWordsFor(language);
    const s = saveReportSection('/f', section, null, w, new Set(['/f/passwords-bitwarden.csv']));
    expect(s.files?.[0]?.description).toBe(w.saved.missingFile);
    expect(w.saved.missingFile).not.toBe(REPORT_EN.saved.missingFile);
  });
});

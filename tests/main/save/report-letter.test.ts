import { describe, expect, it } from 'vitest';
import type { DoneSummary } from '@shared/api/choose-calls';
import type { ScanReport } from '@shared/contracts/scan-report';
import { chooseReportSection, doneReportSection } from '../../../main/choose/final-report';
import { renderReportHtml } from '../../../main/save/report-html';
import { foundSection, saveReportSection } from '../../../main/save/save-report';
import { humanDateTime, humanDay } from '../../../main/save/report-words';
import { ENGLISH_WORDS, englishLines } from '../../helpers/english-words';
import { REPORT_EN, reportWordsFor, type ReportWords } from '../../../main/report-words/report-words';

/**
 * The report reads like a letter (issue 13.7): dates as people write them, and no internal id
 * ("password-manager", "not-found", "waiting-for-restart") anywhere a person reads.
 */
const IDS = [
  'password-manager', 'parental-control', 'identity-protection', 'not-found', 'needs-password', 'wrong-password', 'no-file',
  'not-available', 'waiting-for-restart', 'could-not-start', 'restart-needed', 'kept-aside', 'two-active', 'up-to-date', 'out-of-date',
];

/** What a person reads: tags and file paths (<code>) left out. */
const readable = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, ' ');

const scan = {
  scannedAt: '2026-11-22T15:04:00.000Z',
  products: [{ id: 'kaspersky-total-security', name: 'Kaspersky Total Security', version: '21.3', running: false, protection: 'expired' }],
  builtIn: { name: 'Microsoft Defender Antivirus', protection: 'off' },
} as unknown as ScanReport;

const summary: DoneSummary = {
  platform: 'win32',
  finishCheck: {
    checkedAt: '2026-11-22T16:00:00.000Z', platform: 'win32', verdict: 'two-active',
    active: [{ id: 'bitdefender', name: 'Bitdefender', builtIn: false }, { id: 'defender', name: 'Microsoft Defender Antivirus', builtIn: true }],
    inactive: [{ id: 'kaspersky-total-security', name: 'Kaspersky Total Security', protection: 'expired' }], builtIn: null, scanWarnings: 0,
  } as unknown as DoneSummary['finishCheck'],
  chosen: { id: 'bitdefender', name: 'Bitdefender', vendor: 'Bitdefender', builtIn: false, passwordImport: { kind: 'csv', format: 'chrome', source: 'https://x', checked: '2026-11-22' } },
  removed: [{ name: 'Kaspersky Total Security', state: 'waiting-for-restart' }],
  installerRun: null,
  saved: { folder: '/f', files: [], deleted: [], passwordFormat: 'chrome', passwordsSaved: 3 },
  oldProducts: ['Kaspersky Total Security'],
  report: null,
} as unknown as DoneSummary;

/** Every section a report can have, with Kaspersky's facts and a conversion, in one language. */
function reportIn(w: ReportWords): string {
  const conversion = {
    at: '2026-11-22T15:10:00.000Z', format: 'firefox', exportFile: '/d/export.txt', found: 7, verified: 7,
    byKind: { website: 3, application: 1, other: 1, note: 2 }, differences: 0, unplacedLines: 0,
    files: [{ path: '/f/passwords-firefox.csv', holds: 'passwords', description: '', entries: 3 }, { path: '/f/passwords-firefox-not-importable-notes-and-details.csv', holds: 'kept-aside', description: '', entries: 4 }],
  };
  const facts = { productName: 'Kaspersky Total Security', licence: { type: null, daysLeft: 122 }, quarantine: { folder: 'C:\\QB', count: 2 } };
  const sections = {
    found: foundSection(scan, w),
    save: saveReportSection('/f', { folder: '/f', conversion, deleted: [], plaintextFiles: [], settingsBackup: { status: 'needs-password', file: null } } as never, facts as never, w),
    choose: chooseReportSection(
      {
        answers: { devices: ['windows', 'android'], budget: 'either', features: ['password-manager', 'parental-control'], keepSimple: null },
        installerRun: { productId: 'bitdefender', path: '/d/setup.exe', outcome: 'could-not-start', exitCode: null, startedAt: '2026-11-22T15:30:00.000Z', finishedAt: '2026-11-22T15:31:00.000Z' },
      } as never,
      summary,
      'win32',
      w,
    ),
    done: doneReportSection(summary, [], w),
  };
  return renderReportHtml({ version: 1, updatedAt: '2026-11-22T16:01:00.000Z', sections } as never, '/f', w);
}


describe('the report reads like a letter', () => {
  it('writes dates as people do, in US English', () => {
    expect(humanDateTime('2026-11-22T15:04:00.000Z', 'UTC')).toBe('November 22, 2026 at 3:04 PM');
    expect(humanDay('2026-11-22')).toBe('November 22, 2026');
    expect(humanDay('2024-11')).toBe('November 2024');
    expect(humanDay('2025')).toBe('2025');
    expect(humanDateTime(null)).toBe('an unknown date');
    expect(humanDateTime('not a date')).toBe('not a date');
  });

  it('has no ISO timestamp and no internal id in what a person reads', () => {
    const text = readable(reportIn(REPORT_EN));
    // The control for the language test below: English prose is caught by its words.
    expect(text.match(new RegExp(ENGLISH_WORDS.source, 'gi'))?.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(IDS.filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(text))).toEqual([]);
    // And the words in their place.
    expect(text).toContain('password manager, parental control');
    expect(text).toContain('removal finishes after a restart');
    expect(text).toContain('Kaspersky asked for its settings password');
    expect(text).toContain('license run out, not protecting');
    expect(text).toMatch(/Last updated: November 22, 2026 at \d{1,2}:\d{2} [AP]M/);
  });

  it.each(['es', 'ru'] as const)('is written in the user’s language (%s), with its dates, and no English sentence', (language) => {
    const html = reportIn(reportWordsFor(language));
    expect(html).toContain(`<html lang="${language}">`);
    const text = readable(html);
    // Menu names the report quotes in English are the products' own (Tools > Import data in Bitwarden's web vault).
    expect(englishLines(html)).toEqual([]);
    expect(IDS.filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(text))).toEqual([]);
    expect(text).toMatch(language === 'es' ? /22 de noviembre de 2026/ : /22 ноября 2026/);
    expect(text).toContain(language === 'es' ? 'Su informe de SafeSwitch' : 'Ваш отчёт SafeSwitch');
    // A date that ends in "p.m." or "г." is not followed by a second period.
    expect(text).not.toMatch(/\.\./);
    expect(text).toContain(language === 'es' ? 'Dos a la vez pueden hacer lenta la computadora' : 'Две сразу могут замедлять компьютер');
  });
});

import { describe, expect, it } from 'vitest';
import type { DoneSummary } from '@shared/api/choose-calls';
import { newJournal } from '@shared/journal/journal-schema';
import { buildDoneSummary } from '../../../main/choose/done-summary';
import { chooseReportSection, doneReportSection } from '../../../main/choose/final-report';
import { classifyInstallerExit, installerSpec } from '../../../main/choose/run-installer';
import type { CommandResult } from '../../../main/system/system-port';

const summary = (over: Partial<DoneSummary> = {}): DoneSummary => ({
  platform: 'win32',
  finishCheck: null,
  chosen: null,
  removed: [],
  installerRun: null,
  saved: { folder: null, files: [], deleted: [], passwordFormat: null, passwordsSaved: null },
  oldProducts: ['Kaspersky Total Security'],
  report: null,
  ...over,
});
const check = (verdict: 'ok' | 'two-active' | 'none', names: string[]) => ({
  checkedAt: '2026-11-22T12:00:00.000Z',
  platform: 'win32',
  verdict,
  active: names.map((name) => ({ id: name, name, builtIn: name.startsWith('Microsoft') })),
  inactive: [],
  builtIn: { name: 'Microsoft Defender Antivirus', protection: 'off' },
  scanWarnings: 0,
});

describe('the Done section of the report', () => {
  it('warns when the final check never ran', () => {
    expect(doneReportSection(summary(), []).warnings?.[0]).toMatch(/final check has not been run/);
  });

  it('says how to turn Defender on when nothing protects a Windows computer', () => {
    const s = doneReportSection(summary({ finishCheck: check('none', []) }), []);
    expect(s.warnings).toEqual(['No security program protects this computer right now.']);
    expect(s.nextSteps?.[0]).toMatch(/Turn on Microsoft Defender.*Real-time protection/);
  });

  it('says when the old product is still the one protecting', () => {
    const s = doneReportSection(summary({ finishCheck: check('ok', ['Kaspersky Total Security']) }), []);
    expect(s.warnings).toEqual([expect.stringMatching(/^Kaspersky Total Security is the program you set out to leave, and it still runs\./)]);
  });

  it('says it once where the old product alone runs out of date: the first warning already says to replace it', () => {
    const stale = { ...check('ok', []), active: [{ id: 'kts', name: 'Kaspersky Total Security', builtIn: false, outOfDate: true }] };
    const s = doneReportSection(summary({ finishCheck: stale }), []);
    expect(s.warnings).toEqual([expect.stringMatching(/^Only Kaspersky Total Security runs, and it gets no updates in the US since September 29, 2024/)]);
  });

  it('names both products when two are active', () => {
    const s = doneReportSection(summary({ finishCheck: check('two-active', ['Bitdefender Antivirus Free', 'Microsoft Defender Antivirus']) }), []);
    expect(s.warnings?.[0]).toMatch(/^More than one security program is active at the same time: Bitdefender Antivirus Free and Microsoft Defender Antivirus\./);
  });

  it('tells how the chosen product takes the passwords, and does not repeat a cancel step the Save section already gave', () => {
    const chosen = { id: 'bitdefender', name: 'Bitdefender', vendor: 'Bitdefender', builtIn: false, passwordImport: { kind: 'csv' as const, format: 'chrome', source: 'https://x', checked: '2026-11-22' } };
    const s = doneReportSection(summary({ chosen, saved: { folder: '/f', files: [], deleted: [], passwordFormat: 'chrome', passwordsSaved: 3 } }), ["Cancel Kaspersky's automatic renewal…"]);
    expect(s.nextSteps).toEqual(['Import your passwords into Bitdefender from the CSV file for Chrome, Edge, Brave or Opera (SafeSwitch saved one in your migration folder). Then delete the password files.']);
    const again = doneReportSection(summary({ chosen }), []);
    expect(again.nextSteps?.some((n) => n.startsWith('Cancel the subscription of Kaspersky Total Security'))).toBe(true);
  });

  it('names several old products as a list people write, with the plural ("subscriptions … them")', () => {
    const s = doneReportSection(summary({ oldProducts: ['Kaspersky Total Security', 'Kaspersky VPN Secure Connection', 'Kaspersky Password Manager'] }), []);
    expect(s.nextSteps).toContainEqual(expect.stringMatching(/^Cancel the subscriptions of Kaspersky Total Security, Kaspersky VPN Secure Connection, and Kaspersky Password Manager if you paid for them, with the company you bought them from\./));
  });

  it('the Choose section says what was chosen and how the installer was judged', () => {
    const s = chooseReportSection(
      {
        answers: { devices: ['windows'], budget: 'paid', features: null, keepSimple: null },
        installerCheck: {
          productId: 'bitdefender', path: '/d/x.exe', fileName: 'x.exe', kind: 'exe', verdict: 'unsigned', signer: null, subject: null,
          status: 'NotSigned', statusMessage: null, expectedSigners: ['Bitdefender SRL'], sha256: null, canRun: false, checkedAt: 'now',
        },
      },
      summary({ chosen: { id: 'bitdefender', name: 'Bitdefender', vendor: 'Bitdefender', builtIn: false, passwordImport: null } }),
      'win32',
    );
    const rows = Object.fromEntries((s.rows ?? []).map((r) => [r.label, r.value]));
    expect(rows['Chosen']).toBe('Bitdefender by Bitdefender');
    expect(rows['Features to keep']).toBe('not answered');
    expect(rows['Installer checked']).toBe('x.exe: not signed: SafeSwitch refused to run it');
    expect(rows['Why']).toBeTruthy();
  });
});

describe('the Done summary', () => {
  it('reads the Save and Remove sections, and a journal without them', () => {
    const journal = newJournal('m', 'now');
    expect(buildDoneSummary(journal, 'win32')).toMatchObject({ removed: [], saved: { folder: null, files: [] }, chosen: null, oldProducts: [] });
    const full = {
      ...journal,
      save: { folder: '/docs/SafeSwitch', format: 'bitwarden', settingsBackup: { at: 'now', status: 'saved', file: '/docs/SafeSwitch/settings.cfg' } },
      remove: { products: { kts: { productId: 'kts', name: 'Kaspersky Total Security', state: 'done', step: 2, stepCount: 2, updatedAt: 'now' } } },
      choose: { chosenProductId: 'microsoft-defender' },
    } as unknown as typeof journal;
    const s = buildDoneSummary(full, 'win32');
    expect(s.saved).toMatchObject({ folder: '/docs/SafeSwitch', passwordFormat: 'bitwarden', files: [{ path: '/docs/SafeSwitch/settings.cfg', holds: 'settings' }] });
    expect(s.removed).toEqual([{ productId: 'kts', name: 'Kaspersky Total Security', state: 'done' }]);
    expect(s.oldProducts).toEqual(['Kaspersky Total Security']);
    expect(s.chosen).toMatchObject({ id: 'microsoft-defender', builtIn: true });
  });

  it('lists only password files that exist, earlier conversions included, and says which were deleted', () => {
    const journal = newJournal('m', 'now');
    const file = (path: string, holds: string) => ({ path, holds, description: '', entries: 1 });
    const withFiles = {
      ...journal,
      save: {
        folder: '/f',
        format: 'bitwarden',
        conversion: { at: 'now', format: 'bitwarden', exportFile: '/e.txt', found: 1, verified: 1, byKind: { website: 1, application: 0, other: 0, note: 0 }, differences: 0, unplacedLines: 0, files: [file('/f/passwords-bitwarden.csv', 'passwords')] },
        plaintextFiles: ['/f/passwords-chrome.csv', '/f/passwords-bitwarden.csv', '/f/passwords-chrome-not-importable-notes-and-details.csv'],
        deleted: ['/f/passwords-bitwarden.csv'],
      },
    } as unknown as typeof journal;
    const s = buildDoneSummary(withFiles, 'win32');
    expect(s.saved.files).toEqual([
      { path: '/f/passwords-chrome.csv', holds: 'passwords' },
      { path: '/f/passwords-chrome-not-importable-notes-and-details.csv', holds: 'passwords' },
    ]);
    expect(s.saved.deleted).toEqual(['/f/passwords-bitwarden.csv']);
  });
});

describe('running an installer', () => {
  const result = (exitCode: number | null, spawnError: string | null = null): CommandResult => ({ exitCode, signal: null, stdout: '', stderr: '', durationMs: 1, timedOut: false, spawnError });
  it.each([
    [0, null, 'win32', 'finished'],
    [3010, null, 'win32', 'restart-needed'],
    [1641, null, 'win32', 'restart-needed'],
    [1602, null, 'win32', 'cancelled'],
    [1223, null, 'win32', 'cancelled'],
    [1603, null, 'win32', 'failed'],
    [null, 'ENOENT', 'win32', 'could-not-start'],
    [0, null, 'darwin', 'opened'],
    [1, null, 'darwin', 'could-not-start'],
  ] as const)('exit %s (%s) on %s → %s', (code, error, platform, outcome) => {
    expect(classifyInstallerExit(result(code, error), platform)).toBe(outcome);
  });

  it('runs an .msi through msiexec /i by absolute path, an .exe itself, and nothing on Linux', () => {
    const base = { productId: 'eset', fileName: 'x', verdict: 'signed-by-vendor' as const, signer: null, subject: null, status: null, statusMessage: null, expectedSigners: [], sha256: null, canRun: true, checkedAt: 'now' };
    expect(installerSpec({ ...base, path: 'C:\\d\\eset.msi', kind: 'msi' }, 'win32')).toMatchObject({ file: expect.stringMatching(/^[A-Z]:\\.*\\System32\\msiexec\.exe$/), args: ['/i', 'C:\\d\\eset.msi'] });
    expect(installerSpec({ ...base, path: 'C:\\d\\eset.exe', kind: 'exe' }, 'win32')).toMatchObject({ file: 'C:\\d\\eset.exe', args: [] });
    expect(installerSpec({ ...base, path: '/d/eset.pkg', kind: 'pkg' }, 'linux')).toBeNull();
    expect(installerSpec({ ...base, path: 'C:\\d\\eset.pkg', kind: 'pkg' }, 'win32')).toBeNull();
  });
});

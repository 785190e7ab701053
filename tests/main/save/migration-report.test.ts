import { mkdtemp, readFile, rm, stat, writeFile, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKSUMS_FILE } from '../../../main/save/checksums';
import { REPORT_HTML, REPORT_JSON, readMigrationReport, refreshChecksums, updateMigrationReport } from '../../../main/save/migration-report';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'safeswitch-report-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('updateMigrationReport', () => {
  it('writes report.json, report.html and SHA256SUMS that match the files', async () => {
    await writeFile(join(folder, 'passwords-bitwarden.csv'), 'a,b\r\n');
    await updateMigrationReport(folder, 'save', { title: 'What was saved', rows: [{ label: 'Entries found', value: '226' }] }, new Date('2026-11-22T10:00:00Z'));

    const report = await readMigrationReport(folder);
    expect(report?.sections.save?.rows?.[0]).toEqual({ label: 'Entries found', value: '226' });
    const html = await readFile(join(folder, REPORT_HTML), 'utf8');
    expect(html).toContain('<th scope="row">Entries found</th><td>226</td>');
    expect(html).toContain('@media print');

    const sums = (await readFile(join(folder, CHECKSUMS_FILE), 'utf8')).trim().split('\n');
    expect(sums.map((l) => l.split('  ')[1])).toEqual(['passwords-bitwarden.csv', REPORT_HTML, REPORT_JSON]);
    for (const line of sums) {
      const [hex, name] = line.split('  ') as [string, string];
      expect(hex).toBe(sha(await readFile(join(folder, name), 'utf8')));
    }
    if (process.platform !== 'win32') expect((await stat(join(folder, REPORT_JSON))).mode & 0o777).toBe(0o600);
  });

  it('keeps other steps\' sections and orders them found, save, remove, done, then others', async () => {
    await updateMigrationReport(folder, 'done', { title: 'Done section' });
    await updateMigrationReport(folder, 'zzz-extra', { title: 'Extra section' });
    await updateMigrationReport(folder, 'save', { title: 'Save section', nextSteps: ['Import the file.'] });
    await updateMigrationReport(folder, 'remove', { title: 'Remove section', nextSteps: ['Restart the computer.'] });
    const html = await readFile(join(folder, REPORT_HTML), 'utf8');
    const order = ['Save section', 'Remove section', 'Done section', 'Extra section', 'What to do next'].map((t) => html.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html.indexOf('Import the file.')).toBeLessThan(html.indexOf('Restart the computer.'));

    await updateMigrationReport(folder, 'zzz-extra', null);
    expect(Object.keys((await readMigrationReport(folder))?.sections ?? {}).sort()).toEqual(['done', 'remove', 'save']);
  });

  it('escapes everything it shows, so an entry name cannot inject markup', async () => {
    await updateMigrationReport(folder, 'save', { title: '<script>alert(1)</script>', paragraphs: ['a & "b" <i>'] });
    const html = await readFile(join(folder, REPORT_HTML), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('a &amp; &quot;b&quot; &lt;i&gt;');
  });

  it('serialises concurrent updates so no section is lost', async () => {
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((n) => updateMigrationReport(folder, n, { title: n })));
    expect(Object.keys((await readMigrationReport(folder))?.sections ?? {}).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('starts a fresh report when report.json is not one of ours', async () => {
    await writeFile(join(folder, REPORT_JSON), '{"not":"ours"');
    await updateMigrationReport(folder, 'save', { title: 'Saved' });
    expect((await readMigrationReport(folder))?.sections.save?.title).toBe('Saved');
  });

  it('drops deleted files from SHA256SUMS on refresh', async () => {
    await writeFile(join(folder, 'x.csv'), 'x');
    await updateMigrationReport(folder, 'save', { title: 'Saved' });
    await unlink(join(folder, 'x.csv'));
    const lines = await refreshChecksums(folder);
    expect(lines.some((l) => l.endsWith('x.csv'))).toBe(false);
  });
});

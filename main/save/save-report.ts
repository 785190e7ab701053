import { basename, relative, isAbsolute } from 'node:path';
import type { ScanReport } from '@shared/contracts/scan-report';
import { earlierPlaintextFiles, type SaveSection } from '@shared/journal/save-section';
import { PASSWORD_FORMATS } from '@shared/passwords/password-formats';
import { IMPORT_GUIDES } from './import-guides';
import type { KasperskyFacts } from './kaspersky-facts';
import type { ReportRow, ReportSection } from './report-model';
import { FILE_WORDS, humanDateTime, PROTECTION_WORDS, SETTINGS_WORDS, SIGNATURE_WORDS } from './report-words';

/** Facts from migration.md §2 (Kaspersky's cancellation page and in-app path); stated, never promised. */
export const RENEWAL_FACTS = {
  cancelPath: 'Profile > Manage account > My Kaspersky > Subscriptions > Manage subscription > Cancel',
  refund:
    'Canceling stops future renewals only. It does not refund a renewal you were already charged for: a refund has to be asked for separately, under the terms of Kaspersky\'s reseller (Nexway). Kaspersky may charge a renewal before the current period ends.',
} as const;

export const QUARANTINE_FACT =
  'Files Kaspersky put in quarantine cannot be opened or restored once Kaspersky is removed. If you need one of them, restore it in Kaspersky first.';

const inFolder = (folder: string, path: string): string => {
  const rel = relative(folder, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
};

/** "What SafeSwitch found": the products from the last scan. */
export function foundSection(scan: ScanReport | null): ReportSection {
  if (!scan) return { title: 'What SafeSwitch found', paragraphs: ['No check of this computer was recorded.'] };
  const rows: ReportRow[] = scan.products.map((p) => ({
    label: p.name,
    value: [p.version ? `version ${p.version}` : 'version unknown', p.running ? 'running' : 'not running', PROTECTION_WORDS[p.protection], SIGNATURE_WORDS[p.signatures ?? 'unknown']]
      .filter(Boolean)
      .join(', '),
  }));
  if (scan.builtIn) rows.push({ label: `${scan.builtIn.name} (built in)`, value: PROTECTION_WORDS[scan.builtIn.protection] });
  return {
    title: 'What SafeSwitch found',
    paragraphs: [scan.products.length ? `Checked on ${humanDateTime(scan.scannedAt)}.` : 'No other security product was found.'],
    rows,
  };
}

/** "What was saved": passwords, settings, licence, quarantine and the reminders, for report.html. */
export function saveReportSection(folder: string, section: SaveSection, facts: KasperskyFacts | null): ReportSection {
  const paragraphs: string[] = [];
  const warnings: string[] = [];
  const nextSteps: string[] = [];
  const rows: ReportRow[] = [];
  const files: { path: string; description: string }[] = [];

  const c = section.conversion;
  if (c) {
    const label = PASSWORD_FORMATS[c.format].label;
    rows.push({ label: 'Passwords converted for', value: label });
    rows.push({ label: 'Entries found in the export', value: String(c.found) });
    rows.push({ label: 'Entries checked in the written files', value: String(c.verified) });
    rows.push({ label: 'Websites / applications / other accounts / notes', value: `${c.byKind.website} / ${c.byKind.application} / ${c.byKind.other} / ${c.byKind.note}` });
    rows.push({ label: 'Differences found by the check', value: String(c.differences) });
    if (c.unplacedLines) rows.push({ label: 'Export lines that belonged to no entry', value: String(c.unplacedLines) });
    rows.push({ label: 'Export file used', value: basename(c.exportFile) });
    for (const f of c.files) {
      if (section.deleted.includes(f.path)) continue;
      files.push({ path: inFolder(folder, f.path), description: f.description || (FILE_WORDS[f.holds] ?? 'a file SafeSwitch wrote') });
    }
    // Files of earlier conversions (another format) still on disk: listed until they are deleted.
    const earlier = earlierPlaintextFiles(section);
    for (const path of earlier) files.push({ path: inFolder(folder, path), description: 'passwords in clear text, from an earlier conversion' });
    if (earlier.length > 0 || c.files.some((f) => !section.deleted.includes(f.path))) {
      warnings.push('The password files in this folder hold your passwords in clear text. Anyone who can open them can read them. Delete them once the import worked.');
    }
    nextSteps.push(IMPORT_GUIDES[c.format]);
  } else {
    paragraphs.push('No passwords were converted.');
  }
  for (const path of section.deleted) files.push({ path: inFolder(folder, path), description: 'overwritten and deleted at your request' });

  const s = section.settingsBackup;
  if (s?.status === 'saved' && s.file) files.push({ path: inFolder(folder, s.file), description: 'Kaspersky protection settings (avp.com EXPORT)' });
  else if (s) rows.push({ label: 'Kaspersky settings', value: `not saved (${SETTINGS_WORDS[s.status]})` });

  if (facts?.licence) {
    rows.push({ label: 'License type', value: facts.licence.type ?? 'unknown' });
    rows.push({ label: 'Days left on the license', value: facts.licence.daysLeft == null ? 'unknown' : String(facts.licence.daysLeft) });
  }
  if (facts?.quarantine) {
    const q = facts.quarantine;
    warnings.push(`${QUARANTINE_FACT} Quarantine folder: ${q.folder ?? 'unknown'}; items: ${q.count == null ? 'could not be counted' : q.count}.`);
  }
  if (facts?.productName || facts?.licence) {
    nextSteps.push(`Cancel Kaspersky's automatic renewal before you remove it: in Kaspersky, ${RENEWAL_FACTS.cancelPath}. ${RENEWAL_FACTS.refund}`);
  }
  return { title: 'What was saved', paragraphs, rows, files, warnings, nextSteps };
}

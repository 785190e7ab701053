import { basename, relative, isAbsolute } from 'node:path';
import type { ScanReport } from '@shared/contracts/scan-report';
import { earlierPlaintextFiles, type SaveSection } from '@shared/journal/save-section';
import { PASSWORD_FORMATS } from '@shared/passwords/password-formats';
import type { KasperskyFacts } from './kaspersky-facts';
import type { ReportRow, ReportSection } from './report-model';
import { REPORT_EN, type ReportWords } from '../report-words/report-words';
import { humanDateTime } from './report-words';

const inFolder = (folder: string, path: string): string => {
  const rel = relative(folder, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
};

/** What a written password file holds, in the report's words, by its role. */
function holdsWords(words: ReportWords['saved']['fileHolds'], holds: string, manager: string, withNotes: boolean): string {
  if (holds === 'passwords') return withNotes ? words.passwords(manager) : words.passwordsNoNotes(manager);
  if (holds === 'kept-aside') return words.keptAside(manager);
  return holds === 'unplaced' ? words.unplaced : words.other;
}

/** "What SafeSwitch found": the products from the last scan, in the report's language. */
export function foundSection(scan: ScanReport | null, w: ReportWords = REPORT_EN): ReportSection {
  const f = w.found;
  if (!scan) return { title: f.title, paragraphs: [f.noScan] };
  const rows: ReportRow[] = scan.products.map((p) => ({
    label: p.name,
    value: [p.version ? f.version(p.version) : f.versionUnknown, p.running ? f.running : f.notRunning, w.protection[p.protection], w.signatures[p.signatures ?? 'unknown']]
      .filter(Boolean)
      .join(', '),
  }));
  if (scan.builtIn) rows.push({ label: f.builtIn(scan.builtIn.name), value: w.protection[scan.builtIn.protection] });
  return {
    title: f.title,
    paragraphs: [scan.products.length ? f.checkedOn(humanDateTime(scan.scannedAt, undefined, w)) : f.nothingElse],
    rows,
  };
}

/**
 * "What was saved": passwords, settings, licence, quarantine and the reminders, for report.html.
 * `missing` names saved files that are not on the disk now: they are said so, never listed as saved.
 */
export function saveReportSection(
  folder: string,
  section: SaveSection,
  facts: KasperskyFacts | null,
  w: ReportWords = REPORT_EN,
  missing: ReadonlySet<string> = new Set(),
): ReportSection {
  const s = w.saved;
  const paragraphs: string[] = [];
  const warnings: string[] = [];
  const nextSteps: string[] = [];
  const rows: ReportRow[] = [];
  const files: { path: string; description: string }[] = [];
  // A saved file is listed with what it holds, or as gone when it is not on the disk now.
  const saved = (path: string, description: string) => files.push({ path: inFolder(folder, path), description: missing.has(path) ? s.missingFile : description });

  const c = section.conversion;
  if (c) {
    const label = w.managers[c.format];
    rows.push({ label: s.convertedFor, value: label });
    rows.push({ label: s.entriesFound, value: String(c.found) });
    rows.push({ label: s.entriesChecked, value: String(c.verified) });
    rows.push({ label: s.byKind, value: `${c.byKind.website} / ${c.byKind.application} / ${c.byKind.other} / ${c.byKind.note}` });
    rows.push({ label: s.differences, value: String(c.differences) });
    if (c.unplacedLines) rows.push({ label: s.unplacedLines, value: String(c.unplacedLines) });
    rows.push({ label: s.exportUsed, value: basename(c.exportFile) });
    const withNotes = PASSWORD_FORMATS[c.format].notesInFormat;
    for (const f of c.files) {
      if (section.deleted.includes(f.path)) continue;
      saved(f.path, holdsWords(s.fileHolds, f.holds, label, withNotes));
    }
    // Files of earlier conversions (another format) still on disk: listed until they are deleted.
    const earlier = earlierPlaintextFiles(section);
    for (const path of earlier) saved(path, s.earlierFile);
    const clearTextLeft = [...earlier, ...c.files.map((f) => f.path).filter((p) => !section.deleted.includes(p))].some((p) => !missing.has(p));
    if (clearTextLeft) warnings.push(s.clearText);
    nextSteps.push(w.importGuides[c.format]);
  } else {
    paragraphs.push(s.noPasswords);
  }
  for (const path of section.deleted) files.push({ path: inFolder(folder, path), description: s.deletedFile });

  const backup = section.settingsBackup;
  if (backup?.status === 'saved' && backup.file) saved(backup.file, s.settingsFile);
  else if (backup) rows.push({ label: s.settingsLabel, value: s.notSaved(w.settings[backup.status]) });

  if (facts?.licence) {
    rows.push({ label: s.licenceType, value: facts.licence.type ?? s.unknown });
    rows.push({ label: s.daysLeft, value: facts.licence.daysLeft == null ? s.unknown : String(facts.licence.daysLeft) });
  }
  if (facts?.quarantine) warnings.push(s.quarantine(facts.quarantine.folder, facts.quarantine.count));
  if (facts?.productName || facts?.licence) nextSteps.push(s.cancelRenewal);
  return { title: s.title, paragraphs, rows, files, warnings, nextSteps };
}

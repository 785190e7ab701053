import type { Inventory } from '@shared/contracts/inventory';
import type { ScanReport, ScanWarning } from '@shared/contracts/scan-report';
import type { Journal } from '@shared/journal/journal-schema';
import { changedAnything, machineChanges } from '@shared/journal/machine-changes';
import { STEP_IDS, stepIndex } from '@shared/wizard/steps';
import { escapeHtml, renderHtmlPage, renderNumberedSection, renderSection } from '../save/report-html';
import type { MigrationReport, ReportSection } from '../save/report-model';
import { reportWordsFor, type ReportWords } from '../report-words/report-words';
import { humanDateTime } from '../save/report-words';
import { foundSection } from '../save/save-report';

/**
 * The help file (issue 13.7): one page a user can send to a relative or a technician. First a
 * letter a person reads (where they are, what SafeSwitch found just now, what it changed, what was
 * saved); then, for a technician, the inventory and scan report as SafeSwitch read them, which
 * `safeswitch scan --inventory` reads back. No password is ever in it: neither the journal nor the
 * inventory holds one.
 */
export interface HelpFileInput {
  readonly writtenAt: Date;
  readonly journal: Journal;
  readonly inventory: Inventory;
  readonly scan: ScanReport;
  /** The migration report, when the user chose a folder in Save. */
  readonly report: MigrationReport | null;
}

function whereSection(journal: Journal, w: ReportWords): ReportSection {
  const h = w.help;
  const done = STEP_IDS.filter((s) => journal.completed.includes(s)).map((s) => h.steps[s]);
  return {
    title: h.whereTitle,
    paragraphs: [h.onStep(stepIndex(journal.step) + 1, STEP_IDS.length, h.steps[journal.step]), done.length ? h.stepsDone(done) : h.noStepDone, h.order],
  };
}

function changedSection(journal: Journal, w: ReportWords): ReportSection {
  const h = w.help;
  const changes = machineChanges(journal);
  if (!changedAnything(changes)) return { title: h.changedTitle, paragraphs: [h.nothingYet] };
  const rows = [...changes.removed.map((name) => ({ label: name, value: h.removedGone })), ...changes.started.map((name) => ({ label: name, value: h.removalStarted }))];
  const paragraphs: string[] = [];
  if (changes.certificatesRemoved) paragraphs.push(h.certificatesRemoved(changes.certificatesRemoved));
  if (changes.installerRan) paragraphs.push(h.installerStarted);
  return { title: h.changedTitle, rows, paragraphs };
}

/** A warning in the reader's language when its kind is known; the collectors' English detail otherwise. */
function warningText(warning: ScanWarning, w: ReportWords): string {
  const kinds = w.help.warningKind;
  const what = warning.kind === 'timed-out' ? kinds['timed-out'](warning.seconds ?? 0) : warning.kind ? kinds[warning.kind] : warning.message;
  return w.help.partFailed(w.help.sources[warning.source] ?? warning.source, what);
}

/** The help file in the language SafeSwitch speaks (the journal's), as the report is. */
export function renderHelpFile(input: HelpFileInput): string {
  const w = reportWordsFor(input.journal.language);
  const h = w.help;
  const found = foundSection(input.scan, w);
  const letter: [string, ReportSection][] = [
    ['where', whereSection(input.journal, w)],
    ['found', { ...found, title: h.foundTitle, warnings: input.scan.warnings.map((warning) => warningText(warning, w)) }],
    ['changed', changedSection(input.journal, w)],
  ];
  const saved = input.report
    ? Object.entries(input.report.sections)
        .filter(([name]) => name !== 'found')
        .map(([name, section]) => renderSection(`report-${name}`, section, w.page.important))
    : [`<section aria-labelledby="s-saved"><h2 id="s-saved">${escapeHtml(h.savedTitle)}</h2><p>${escapeHtml(h.nothingSaved)}</p></section>`];
  const left = renderNumberedSection('left', h.leftTitle, Object.values(input.report?.sections ?? {}).flatMap((s) => s.nextSteps ?? []));
  if (left) saved.push(left);
  const json = (value: unknown) => escapeHtml(JSON.stringify(value, null, 2));
  return renderHtmlPage(
    h.title,
    `<h1>${escapeHtml(h.title)}</h1>
<p class="meta">${escapeHtml(h.written(humanDateTime(input.writtenAt.toISOString(), undefined, w), platformWords(input.inventory, w)))}</p>
<p>${escapeHtml(h.intro)}</p>
${letter.map(([id, s]) => renderSection(id, s, w.page.important)).join('\n')}
${saved.join('\n')}
<section aria-labelledby="s-tech">
<h2 id="s-tech">${escapeHtml(h.techTitle)}</h2>
<p>${techIntro(w)}</p>
<h3>${escapeHtml(h.inventory)}</h3>
<pre id="inventory">${json(input.inventory)}</pre>
<h3>${escapeHtml(h.scanReport)}</h3>
<pre id="scan-report">${json(input.scan)}</pre>
</section>`,
    '\npre { white-space: pre-wrap; word-break: break-all; font-size: 0.75em; background: #f4f4f4; padding: 0.6em; }',
    w.lang,
  );
}

/** The technician's how-to: the words escaped, then the file name and the command set in <code>. */
function techIntro(w: ReportWords): string {
  const [file, command] = ['\u0000file\u0000', '\u0000command\u0000'];
  return escapeHtml(w.help.techIntro(file, command))
    .replace(file, '<code>inventory.json</code>')
    .replace(command, '<code>safeswitch scan --inventory inventory.json --json</code>');
}

function platformWords(inventory: Inventory, w: ReportWords): string {
  const os = inventory.os;
  const computers = w.help.computers;
  const name = os.platform === 'win32' || os.platform === 'darwin' || os.platform === 'linux' ? computers[os.platform] : computers.other;
  const detail = [os.distro, os.release].filter(Boolean).join(' ');
  return detail ? `${name} (${detail})` : name;
}

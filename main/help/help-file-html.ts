import type { Inventory } from '@shared/contracts/inventory';
import type { ScanReport } from '@shared/contracts/scan-report';
import type { Journal } from '@shared/journal/journal-schema';
import { changedAnything, machineChanges } from '@shared/journal/machine-changes';
import { STEP_IDS, stepIndex } from '@shared/wizard/steps';
import { escapeHtml, renderHtmlPage, renderNumberedSection, renderSection } from '../save/report-html';
import type { MigrationReport, ReportSection } from '../save/report-model';
import { humanDateTime } from '../save/report-words';
import { foundSection } from '../save/save-report';

/**
 * The help file (issue 13.7): one page a user can send to a relative or a technician. First a
 * letter a person reads (where they are, what SafeSwitch found just now, what it changed, what was
 * saved); then, for a technician, the inventory and scan report as SafeSwitch read them, which
 * `safeswitch scan --inventory` reads back. No password is ever in it: neither the journal nor the
 * inventory holds one.
 */
const STEP_WORDS: Readonly<Record<(typeof STEP_IDS)[number], string>> = {
  check: 'Check',
  save: 'Save',
  remove: 'Remove',
  choose: 'Choose',
  done: 'Done',
};

export interface HelpFileInput {
  readonly writtenAt: Date;
  readonly journal: Journal;
  readonly inventory: Inventory;
  readonly scan: ScanReport;
  /** The migration report, when the user chose a folder in Save. */
  readonly report: MigrationReport | null;
}

function whereSection(journal: Journal): ReportSection {
  const done = STEP_IDS.filter((s) => journal.completed.includes(s)).map((s) => STEP_WORDS[s]);
  return {
    title: 'Where they are in SafeSwitch',
    paragraphs: [
      `They are on step ${stepIndex(journal.step) + 1} of ${STEP_IDS.length}: ${STEP_WORDS[journal.step]}.`,
      done.length ? `Steps done: ${done.join(', ')}.` : 'No step is done yet.',
      'SafeSwitch goes Check, Save, Remove, Choose, Done. Nothing is removed until they agree to it in Remove.',
    ],
  };
}

function changedSection(journal: Journal): ReportSection {
  const changes = machineChanges(journal);
  if (!changedAnything(changes)) return { title: 'What SafeSwitch changed on this computer', paragraphs: ['Nothing yet.'] };
  const rows = [
    ...changes.removed.map((name) => ({ label: name, value: 'removed, and the check found it gone' })),
    ...changes.started.map((name) => ({ label: name, value: 'removal started but not finished' })),
  ];
  const paragraphs: string[] = [];
  if (changes.certificatesRemoved) paragraphs.push(`Root certificates removed with their consent: ${changes.certificatesRemoved}.`);
  if (changes.installerRan) paragraphs.push('They started the installer of their new security program.');
  return { title: 'What SafeSwitch changed on this computer', rows, paragraphs };
}

export function renderHelpFile(input: HelpFileInput): string {
  const found = foundSection(input.scan);
  const letter: [string, ReportSection][] = [
    ['where', whereSection(input.journal)],
    ['found', { ...found, title: 'What SafeSwitch found just now', warnings: input.scan.warnings.map((w) => `Part of the check did not work (${w.source}): ${w.message}`) }],
    ['changed', changedSection(input.journal)],
  ];
  const saved = input.report
    ? Object.entries(input.report.sections)
        .filter(([name]) => name !== 'found')
        .map(([name, section]) => renderSection(`report-${name}`, section))
    : ['<section aria-labelledby="s-saved"><h2 id="s-saved">What was saved</h2><p>No folder was chosen in the Save step yet, so nothing was saved.</p></section>'];
  const left = renderNumberedSection('left', 'What is left to do', Object.values(input.report?.sections ?? {}).flatMap((s) => s.nextSteps ?? []));
  if (left) saved.push(left);
  const json = (value: unknown) => escapeHtml(JSON.stringify(value, null, 2));
  return renderHtmlPage(
    'SafeSwitch help file',
    `<h1>SafeSwitch help file</h1>
<p class="meta">Written ${escapeHtml(humanDateTime(input.writtenAt.toISOString()))} on a ${escapeHtml(platformWords(input.inventory))}.</p>
<p>Someone you help is moving from an old security program to a new one with SafeSwitch, and asked you to look. This page says where they are, what SafeSwitch found on their computer, and what it did. It holds no passwords. It does list the programs on the computer and some folder paths, which can show their user name.</p>
${letter.map(([id, s]) => renderSection(id, s)).join('\n')}
${saved.join('\n')}
<section aria-labelledby="s-tech">
<h2 id="s-tech">For a technician</h2>
<p>Below is the inventory SafeSwitch read from this computer, and the answer it gave. To see the same answer with SafeSwitch, save the inventory as <code>inventory.json</code> and run <code>safeswitch scan --inventory inventory.json --json</code>.</p>
<h3>Inventory</h3>
<pre id="inventory">${json(input.inventory)}</pre>
<h3>Scan report</h3>
<pre id="scan-report">${json(input.scan)}</pre>
</section>`,
    '\npre { white-space: pre-wrap; word-break: break-all; font-size: 0.75em; background: #f4f4f4; padding: 0.6em; }',
  );
}

function platformWords(inventory: Inventory): string {
  const os = inventory.os;
  const name = ({ win32: 'Windows computer', darwin: 'Mac', linux: 'Linux computer' } as Record<string, string>)[os.platform] ?? 'computer';
  const detail = [os.distro, os.release].filter(Boolean).join(' ');
  return detail ? `${name} (${detail})` : name;
}

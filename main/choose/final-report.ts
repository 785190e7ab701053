import { basename } from 'node:path';
import { CATALOG, catalogAge, rankAlternatives, type Answers, type RankPlatform } from '@shared/alternatives/index';
import type { DoneSummary } from '@shared/api/choose-calls';
import type { ChooseSection, FinishCheck, InstallerVerdict } from '@shared/journal/choose-section';
import { PASSWORD_FORMATS } from '@shared/passwords/password-formats';
import { formatLack, formatReason } from '../cli/format-reasons';
import type { ReportRow, ReportSection } from '../save/report-model';
import { BUDGET_WORDS, DEVICE_WORDS, FEATURE_WORDS, humanDateTime, humanDay, INSTALLER_WORDS, PROTECTION_WORDS, REMOVAL_WORDS, wordFor } from '../save/report-words';

/**
 * The Choose and Done sections of the migration report (report.html / report.json in the migration
 * folder). English, plain and complete: what was chosen and why, what was installed and how it was
 * checked, and what the final check found. Written through the Save step's report module.
 */

const VERDICT_TEXT: Readonly<Record<InstallerVerdict, string>> = {
  'signed-by-vendor': 'signed by the maker, signature valid',
  'not-checked': 'a disk image: macOS checks the app inside when it is first opened',
  unsigned: 'not signed: SafeSwitch refused to run it',
  invalid: 'signature not valid: SafeSwitch refused to run it',
  'wrong-signer': 'signed by someone other than the maker: SafeSwitch refused to run it',
  'unknown-signer': 'SafeSwitch does not know who signs this maker\'s installers: refused',
  'not-found': 'file not found',
  'wrong-type': 'not an installer SafeSwitch can check on this computer',
  'not-supported': 'installers are not checked on this system',
  'check-failed': 'the signature could not be checked: SafeSwitch refused to run it',
};

function answersText(answers: Answers): ReportRow[] {
  const list = (values: readonly string[] | null, words: Readonly<Record<string, string>>) =>
    values === null ? 'not answered' : values.length ? values.map((v) => words[v] ?? v).join(', ') : 'none';
  return [
    { label: 'Devices', value: list(answers.devices, DEVICE_WORDS) },
    { label: 'Budget', value: answers.budget ? BUDGET_WORDS[answers.budget] : 'not answered' },
    { label: 'Features to keep', value: list(answers.features, FEATURE_WORDS) },
    { label: 'Keep it simple with the built-in protection', value: answers.keepSimple === null ? 'not answered' : answers.keepSimple ? 'yes' : 'no' },
  ];
}

export function chooseReportSection(choose: ChooseSection, summary: DoneSummary, platform: RankPlatform): ReportSection {
  const rows: ReportRow[] = [];
  const paragraphs: string[] = [];
  const age = catalogAge(CATALOG);
  if (age) paragraphs.push(`The facts about each product were checked between ${humanDay(age.oldest)} and ${humanDay(age.newest)}. Nobody paid to be listed.`);
  if (choose.answers) rows.push(...answersText(choose.answers));
  const chosen = summary.chosen;
  if (!chosen) {
    paragraphs.push('No product was chosen in SafeSwitch.');
    return { title: 'Your new protection', paragraphs, rows };
  }
  rows.push({ label: 'Chosen', value: chosen.builtIn ? `${chosen.name} (built in, free)` : `${chosen.name} by ${chosen.vendor}` });
  if (choose.answers) {
    const entry = rankAlternatives(CATALOG, choose.answers, platform).entries.find((e) => e.product.id === chosen.id);
    if (entry) {
      rows.push({ label: 'Place in the list', value: String(entry.place) });
      if (entry.reasons.length) rows.push({ label: 'Why', value: entry.reasons.map(formatReason).join('; ') });
      if (entry.lacks.length) rows.push({ label: 'What it lacks', value: entry.lacks.map(formatLack).join('; ') });
    }
  }
  for (const visit of choose.vendorPages ?? []) {
    if (visit.productId === chosen.id) rows.push({ label: 'Maker\'s page', value: `${visit.url} (${visit.opened ? 'opened' : 'not opened'}, ${humanDateTime(visit.at)})` });
  }
  const check = choose.installerCheck;
  if (check) {
    rows.push({ label: 'Installer checked', value: `${check.fileName}: ${VERDICT_TEXT[check.verdict]}` });
    if (check.signer) rows.push({ label: 'Signed by', value: check.signer });
  }
  const run = choose.installerRun;
  if (run) rows.push({ label: 'Installer run', value: `${basename(run.path)}: ${INSTALLER_WORDS[run.outcome]}${run.exitCode === null ? '' : ` (exit code ${run.exitCode})`}, ${humanDateTime(run.finishedAt)}` });
  return { title: 'Your new protection', paragraphs, rows };
}

/** A password format's name as people know it ("Chrome"), not its id ("chrome"). */
const formatLabel = (id: string | null): string => (id ? ((PASSWORD_FORMATS as Readonly<Record<string, { label: string }>>)[id]?.label ?? id) : "a password manager");

function finishSentence(check: FinishCheck): string {
  const names = check.active.map((a) => a.name).join(' and ');
  const stale = check.verdict === 'ok' ? check.active.find((a) => a.outOfDate) : undefined;
  if (stale && /kaspersky/i.test(stale.name)) {
    return `Only ${stale.name} runs, and it gets no updates in the US since 29 September 2024 (US Commerce Department), so its virus definitions are out of date and it cannot stop new threats. Replace it with a product that is kept up to date.`;
  }
  if (stale) return `Only ${stale.name} runs, but its virus definitions are out of date, so it cannot stop new threats. Update it, or replace it with a product that is kept up to date.`;
  if (check.verdict === 'ok') return `This computer is protected by exactly one security program: ${names}.`;
  if (check.verdict === 'two-active') return `More than one security program is active at the same time: ${names}. Two at once can slow the computer down and block each other. Keep one and turn off or remove the other.`;
  return 'No security program protects this computer right now.';
}

export function doneReportSection(summary: DoneSummary, existingNextSteps: readonly string[]): ReportSection {
  const check = summary.finishCheck;
  const paragraphs: string[] = [];
  const warnings: string[] = [];
  const rows: ReportRow[] = [];
  const nextSteps: string[] = [];
  if (!check) {
    warnings.push('The final check has not been run. Open SafeSwitch and run it, so you know this computer is protected.');
  } else {
    const sentence = finishSentence(check);
    // A green "protected" only for protection that is on and up to date.
    if (check.verdict === 'ok' && !check.active.some((a) => a.outOfDate)) paragraphs.push(sentence);
    else warnings.push(sentence);
    if (check.verdict === 'none' && summary.platform === 'win32') {
      nextSteps.push('Turn on Microsoft Defender: open Start, type "Windows Security", open it, choose "Virus & threat protection", then under "Virus & threat protection settings" choose "Manage settings" and switch "Real-time protection" on.');
    }
    const oldActive = check.active.find((a) => !a.builtIn && summary.oldProducts.includes(a.name));
    if (oldActive) warnings.push(`${oldActive.name} is the program you set out to leave, and it still runs. Remove it once your new protection is installed, then run the check again.`);
    rows.push({ label: 'Checked', value: humanDateTime(check.checkedAt) });
    for (const a of check.active) rows.push({ label: a.name, value: a.builtIn ? 'active (built in)' : 'active' });
    for (const p of check.inactive) rows.push({ label: p.name, value: `installed, ${wordFor(PROTECTION_WORDS, p.protection)}` });
    if (check.scanWarnings > 0) paragraphs.push(`Part of the computer could not be checked (${check.scanWarnings} warning${check.scanWarnings === 1 ? '' : 's'}).`);
  }
  for (const r of summary.removed) rows.push({ label: r.name, value: wordFor(REMOVAL_WORDS, r.state) });

  const pi = summary.chosen?.passwordImport;
  if (summary.chosen && pi) {
    nextSteps.push(
      pi.kind === 'kaspersky-txt'
        ? `Import your passwords into ${summary.chosen.name}: it reads the Kaspersky Password Manager text export directly. Then delete the export and the password files.`
        : `Import your passwords into ${summary.chosen.name} from the CSV file for ${formatLabel(pi.format)}${summary.saved.passwordFormat === pi.format ? ' (SafeSwitch saved one in your migration folder)' : ''}. Then delete the password files.`,
    );
  } else if (summary.saved.files.some((f) => f.holds === 'passwords')) {
    nextSteps.push('Import your saved passwords into the password manager you use, then delete the password files.');
  }
  const cancelAlready = existingNextSteps.some((s) => s.startsWith('Cancel'));
  if (!cancelAlready && summary.oldProducts.length) {
    nextSteps.push(`Cancel the subscription of ${summary.oldProducts.join(', ')} if you paid for it, with the company you bought it from. Canceling stops future renewals; a refund has to be asked for separately.`);
  }
  return { title: 'Final check', paragraphs, warnings, rows, nextSteps };
}

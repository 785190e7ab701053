import { basename } from 'node:path';
import { CATALOG, catalogAge, rankAlternatives, type Answers, type RankPlatform } from '@shared/alternatives/index';
import type { DoneSummary } from '@shared/api/choose-calls';
import type { ChooseSection, FinishCheck } from '@shared/journal/choose-section';
import { lackText, reasonText } from '@shared/alternatives/reason-text';
import { oldStillActive } from '@shared/wizard/old-still-active';
import { REPORT_EN, type ReportWords } from '../report-words/report-words';
import type { ReportRow, ReportSection } from '../save/report-model';
import { humanDateTime, humanDay, wordFor } from '../save/report-words';

/**
 * The Choose and Done sections of the migration report (report.html / report.json in the migration
 * folder), in the user's language: what was chosen and why, what was installed and how it was
 * checked, and what the final check found. Written through the Save step's report module.
 */

function answersText(answers: Answers, w: ReportWords): ReportRow[] {
  const c = w.choose;
  const list = (values: readonly string[] | null, words: Readonly<Record<string, string>>) =>
    values === null ? c.notAnswered : values.length ? values.map((v) => words[v] ?? v).join(', ') : c.none;
  return [
    { label: c.devices, value: list(answers.devices, w.devices) },
    { label: c.budget, value: answers.budget ? w.budget[answers.budget] : c.notAnswered },
    { label: c.features, value: list(answers.features, w.features) },
    { label: c.keepSimple, value: answers.keepSimple === null ? c.notAnswered : answers.keepSimple ? c.yes : c.no },
  ];
}

export function chooseReportSection(choose: ChooseSection, summary: DoneSummary, platform: RankPlatform, w: ReportWords = REPORT_EN): ReportSection {
  const c = w.choose;
  const rows: ReportRow[] = [];
  const paragraphs: string[] = [];
  const age = catalogAge(CATALOG);
  if (age) paragraphs.push(c.factsChecked(humanDay(age.oldest, w), humanDay(age.newest, w)));
  if (choose.answers) rows.push(...answersText(choose.answers, w));
  const chosen = summary.chosen;
  if (!chosen) {
    paragraphs.push(c.noneChosen);
    return { title: c.title, paragraphs, rows };
  }
  rows.push({ label: c.chosen, value: chosen.builtIn ? c.chosenBuiltIn(chosen.name) : c.chosenBy(chosen.name, chosen.vendor) });
  if (choose.answers) {
    const entry = rankAlternatives(CATALOG, choose.answers, platform).entries.find((e) => e.product.id === chosen.id);
    if (entry) {
      rows.push({ label: c.place, value: String(entry.place) });
      if (entry.reasons.length) rows.push({ label: c.why, value: entry.reasons.map((r) => reasonText(w.reasons, r)).join('; ') });
      if (entry.lacks.length) rows.push({ label: c.lacks, value: entry.lacks.map((l) => lackText(w.reasons, l)).join('; ') });
    }
  }
  for (const visit of choose.vendorPages ?? []) {
    if (visit.productId === chosen.id) rows.push({ label: c.makersPage, value: c.visit(visit.url, visit.opened, humanDateTime(visit.at, undefined, w)) });
  }
  const check = choose.installerCheck;
  if (check) {
    rows.push({ label: c.installerChecked, value: `${check.fileName}: ${w.verdicts[check.verdict]}` });
    if (check.signer) rows.push({ label: c.signedBy, value: check.signer });
  }
  const run = choose.installerRun;
  if (run) {
    const code = run.exitCode === null ? '' : ` (${c.exitCode(run.exitCode)})`;
    rows.push({ label: c.installerRun, value: `${basename(run.path)}: ${w.installer[run.outcome]}${code}, ${humanDateTime(run.finishedAt, undefined, w)}` });
  }
  return { title: c.title, paragraphs, rows };
}

/** A password format's name as people know it ("Chrome"), not its id ("chrome"). */
const formatLabel = (id: string | null, w: ReportWords): string =>
  id ? ((w.managers as Readonly<Record<string, string>>)[id] ?? id) : w.done.aPasswordManager;

function finishSentence(check: FinishCheck, w: ReportWords): string {
  const names = check.active.map((a) => a.name);
  const stale = check.verdict === 'ok' ? check.active.find((a) => a.outOfDate) : undefined;
  if (stale && /kaspersky/i.test(stale.name)) return w.done.kasperskyStale(stale.name);
  if (stale) return w.done.stale(stale.name);
  if (check.verdict === 'ok') return w.done.protectedBy(names);
  if (check.verdict === 'two-active') return w.done.twoActive(names);
  return w.done.noProtection;
}

export function doneReportSection(summary: DoneSummary, existingNextSteps: readonly string[], w: ReportWords = REPORT_EN): ReportSection {
  const d = w.done;
  const check = summary.finishCheck;
  const paragraphs: string[] = [];
  const warnings: string[] = [];
  const rows: ReportRow[] = [];
  const nextSteps: string[] = [];
  if (!check) {
    warnings.push(d.notRun);
  } else {
    const sentence = finishSentence(check, w);
    // A green "protected" only for protection that is on and up to date.
    if (check.verdict === 'ok' && !check.active.some((a) => a.outOfDate)) paragraphs.push(sentence);
    else warnings.push(sentence);
    if (check.verdict === 'none' && summary.platform === 'win32') nextSteps.push(d.turnOnDefender);
    // Said once: not where the sentence above already says the old product alone runs out of date.
    const stillRuns = oldStillActive(check, summary.oldProducts);
    if (stillRuns) warnings.push(d.oldStillRuns(stillRuns));
    rows.push({ label: d.checked, value: humanDateTime(check.checkedAt, undefined, w) });
    for (const a of check.active) rows.push({ label: a.name, value: a.builtIn ? d.activeBuiltIn : d.active });
    for (const p of check.inactive) rows.push({ label: p.name, value: d.installed(wordFor(w.protection, p.protection)) });
    if (check.scanWarnings > 0) paragraphs.push(d.scanWarnings(check.scanWarnings));
  }
  for (const r of summary.removed) rows.push({ label: r.name, value: wordFor(w.removal, r.state) });

  const pi = summary.chosen?.passwordImport;
  if (summary.chosen && pi) {
    nextSteps.push(
      pi.kind === 'kaspersky-txt'
        ? d.importKaspersky(summary.chosen.name)
        : d.importCsv(summary.chosen.name, formatLabel(pi.format, w), summary.saved.passwordFormat === pi.format),
    );
  } else if (summary.saved.files.some((f) => f.holds === 'passwords')) {
    nextSteps.push(d.importSaved);
  }
  // Said once: the Save part already told them to cancel Kaspersky's renewal (in the same language).
  const cancelAlready = existingNextSteps.some((s) => s.startsWith(w.saved.cancelPrefix));
  if (!cancelAlready && summary.oldProducts.length) nextSteps.push(d.cancelSubscription(summary.oldProducts));
  return { title: d.title, paragraphs, warnings, rows, nextSteps };
}

import { orderedSectionNames, type MigrationReport, type ReportSection } from './report-model';
import { REPORT_EN, type ReportWords } from '../report-words/report-words';
import { humanDateTime } from './report-words';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Large type, high contrast, no scripts, no external resources: it must open offline and print well.
const REPORT_STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; font-size: 18px; line-height: 1.5;
  color: #111; background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; border-bottom: 2px solid #333; padding-bottom: 0.2em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.6em 0.3em 0; border-bottom: 1px solid #bbb; }
th { width: 40%; font-weight: 600; }
code { font-family: ui-monospace, Consolas, monospace; font-size: 0.9em; word-break: break-all; }
.warning { border-left: 6px solid #a40000; padding: 0.4em 0.8em; background: #fff4f4; }
.meta { color: #333; }
@media print { body { margin: 0; max-width: none; font-size: 12pt; } h2 { break-after: avoid; } table, li { break-inside: avoid; } }
`;

export function renderSection(id: string, section: ReportSection, important = REPORT_EN.page.important): string {
  const parts: string[] = [`<section aria-labelledby="s-${escapeHtml(id)}">`, `<h2 id="s-${escapeHtml(id)}">${escapeHtml(section.title)}</h2>`];
  for (const w of section.warnings ?? []) parts.push(`<p class="warning"><strong>${escapeHtml(important)}</strong> ${escapeHtml(w)}</p>`);
  for (const p of section.paragraphs ?? []) parts.push(`<p>${escapeHtml(p)}</p>`);
  if (section.rows?.length) {
    parts.push('<table><tbody>');
    for (const row of section.rows) parts.push(`<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`);
    parts.push('</tbody></table>');
  }
  if (section.files?.length) {
    parts.push('<ul>');
    for (const f of section.files) parts.push(`<li><code>${escapeHtml(f.path)}</code> — ${escapeHtml(f.description)}</li>`);
    parts.push('</ul>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** A numbered list of things to do under its heading ("What to do next"), or '' when there are none. */
export function renderNumberedSection(id: string, title: string, items: readonly string[]): string {
  if (!items.length) return '';
  return `<section aria-labelledby="s-${escapeHtml(id)}"><h2 id="s-${escapeHtml(id)}">${escapeHtml(title)}</h2><ol>${items.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol></section>`;
}

/**
 * A whole page SafeSwitch writes for people (the report, the help file): no scripts, no external
 * resources, the report's style plus `extraStyle`. `body` is already-escaped HTML.
 */
export function renderHtmlPage(title: string, body: string, extraStyle = '', lang = 'en'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}${extraStyle}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The readable, printable report: every section in order, then every next step gathered in one list. */
export function renderReportHtml(report: MigrationReport, folder: string, w: ReportWords = REPORT_EN): string {
  const names = orderedSectionNames(report);
  const sections = names.map((name) => renderSection(name, report.sections[name] as ReportSection, w.page.important));
  const nextSteps = names.flatMap((name) => report.sections[name]?.nextSteps ?? []);
  const next = renderNumberedSection('next', w.page.next, nextSteps);
  return renderHtmlPage(
    w.page.title,
    `<h1>${escapeHtml(w.page.heading)}</h1>
<p class="meta">${escapeHtml(w.page.folder)} <code>${escapeHtml(folder)}</code><br>${escapeHtml(w.page.updated)} ${escapeHtml(humanDateTime(report.updatedAt, undefined, w))}</p>
<p>${escapeHtml(w.page.intro)}</p>
${sections.join('\n')}
${next}
<p class="meta">${escapeHtml(w.page.checksums)}</p>`,
    '',
    w.lang,
  );
}

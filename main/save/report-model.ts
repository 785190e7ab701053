/**
 * The migration report's data model, shared by every step that adds to it.
 *
 * A report is a set of named sections (`found`, `save`, `remove`, `choose`, `done`, …). Each step
 * writes only its own section through `updateMigrationReport(folder, name, section)` in
 * ./migration-report.ts; the HTML page and SHA256SUMS are rebuilt from all sections every time.
 * A section is display-ready data: plain sentences and label/value rows, never a password.
 */
export const MIGRATION_REPORT_FORMAT = 'safeswitch-migration-report/1';

export interface ReportRow {
  readonly label: string;
  readonly value: string;
}

export interface ReportFile {
  /** Path relative to the migration folder when inside it, else absolute. */
  readonly path: string;
  readonly description: string;
}

export interface ReportSection {
  /** Heading shown in report.html, e.g. "What was saved". */
  readonly title: string;
  /** Short plain sentences, one paragraph each. */
  readonly paragraphs?: readonly string[];
  readonly rows?: readonly ReportRow[];
  readonly files?: readonly ReportFile[];
  /** Things the user still has to do; shown as a numbered list, and gathered under "What to do next". */
  readonly nextSteps?: readonly string[];
  /** Warnings shown with emphasis (e.g. "These files hold passwords in clear text"). */
  readonly warnings?: readonly string[];
  /** When the step last wrote this section (ISO time). */
  readonly updatedAt?: string;
}

export interface MigrationReport {
  readonly format: typeof MIGRATION_REPORT_FORMAT;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sections: Readonly<Record<string, ReportSection>>;
}

/** The order sections appear in; names not listed come after, alphabetically. */
export const SECTION_ORDER = ['found', 'save', 'remove', 'choose', 'done'] as const;

export function orderedSectionNames(report: MigrationReport): string[] {
  const known = SECTION_ORDER.filter((name) => report.sections[name]);
  const others = Object.keys(report.sections)
    .filter((name) => !(SECTION_ORDER as readonly string[]).includes(name))
    .sort();
  return [...known, ...others];
}

/** Accepts only what this module wrote; anything else is treated as no report yet. */
export function readReportJson(text: string): MigrationReport | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<MigrationReport>;
  if (r.format !== MIGRATION_REPORT_FORMAT || typeof r.sections !== 'object' || r.sections === null) return null;
  if (typeof r.createdAt !== 'string' || typeof r.updatedAt !== 'string') return null;
  return r as MigrationReport;
}

import { formatCatalogDay } from '@shared/wizard/catalog-date';
import { REPORT_EN } from '../report-words/report-words-en';

/**
 * The report reads like a letter (issue 13.7): dates a person writes, and words in place of the
 * app's internal ids (each language's tables are in main/report-words/).
 */

/** The language a date is written in: the report's (see main/report-words/). US English by default. */
export interface DateLanguage {
  readonly locale: string;
  readonly unknownDate: string;
}

/** "December 1, 2026 at 1:05 PM" in this computer's time zone; the raw text if it is not a date. */
export function humanDateTime(iso: string | null | undefined, timeZone?: string, language: DateLanguage = REPORT_EN): string {
  if (!iso) return language.unknownDate;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language.locale, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** A catalog date ('2025', '2024-11', '2026-11-22') as "2025", "November 2024", "November 22, 2026". */
export const humanDay = (value: string, language: DateLanguage = REPORT_EN): string => formatCatalogDay(value, language.locale, 'long');

/** A value typed only as text (the Done summary's) in words, or as it is when the table lacks it. */
export function wordFor(table: Readonly<Record<string, string>>, key: string): string {
  return table[key] ?? key;
}

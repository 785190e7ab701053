import type { Language } from '@shared/wizard/languages';
import { REPORT_EN } from './report-words-en';
import { REPORT_ES } from './report-words-es';
import { REPORT_RU } from './report-words-ru';
import type { ReportWords } from './report-words-type';

export type { ReportWords } from './report-words-type';
export { REPORT_EN } from './report-words-en';

const BY_LANGUAGE: Readonly<Record<Language, ReportWords>> = { en: REPORT_EN, es: REPORT_ES, ru: REPORT_RU };

/** The report's words in the user's language (the journal's); US English when none is known. */
export function reportWordsFor(language: Language | null | undefined): ReportWords {
  return language ? BY_LANGUAGE[language] : REPORT_EN;
}

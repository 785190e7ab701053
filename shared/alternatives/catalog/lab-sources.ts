import type { LabResult } from '../catalog-types';
import { lab, REREAD } from './fact-builders';

/**
 * Lab results several products share, each from the lab's own page. Each helper returns one result
 * for one edition on one platform; never a combined or invented score. Results once quoted from
 * news sites and forums (AV-Comparatives' 2025 summary via BetaNews, its Real-World test via a
 * forum post) are gone: their own pages were not read, so they are not known here.
 */

/**
 * AV-TEST's own announcement of its Awards 2025 (German edition of the page). The consumer awards
 * are for the year's Windows tests: Best Protection, Best Performance, Best Advanced Protection and
 * Best Usability, each naming the tested edition.
 */
export const AV_TEST_AWARDS_2025 = 'https://www.av-test.org/de/news/av-test-awards-2025-die-besten-it-security-produkte';

/** AV-TEST's page on Norton's 2025 awards: Best Usability (Windows) and Best MacOS Security. */
export const AV_TEST_AWARDS_2025_NORTON = 'https://www.av-test.org/en/news/av-test-awards-2025-for-norton';

/** AVLab "Advanced In-The-Wild Malware Test", November 2024 (Windows): who took part. */
export const AVLAB_NOVEMBER_2024 = 'https://avlab.pl/en/how-did-advanced-security-software-deal-with-threats-november-2024-edition';

export function avTestAward2025(award: string, edition: string): LabResult {
  return lab({ lab: 'AV-TEST', platform: 'windows', test: 'Awards 2025', award, outcome: 'award', date: '2025', edition, source: AV_TEST_AWARDS_2025, checked: REREAD });
}

/** Took part; the per-product result is not in our sources, so it is never shown as a score. */
export function avLabNovember2024(edition: string): LabResult {
  return lab({ lab: 'AVLab', platform: 'windows', test: 'Advanced In-The-Wild Malware Test', award: null, outcome: 'tested', date: '2024-11', edition, source: AVLAB_NOVEMBER_2024 });
}

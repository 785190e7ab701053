import type { LabResult } from '../catalog-types';
import { lab } from './fact-builders';

/**
 * Lab reports several products share (migration.md §3 "Lab sources used throughout").
 * Each helper returns one result for one edition; never a combined or invented score.
 */

/** AV-TEST Awards 2025 (consumer), AV-TEST's text quoted in a forum post [3P]. */
export const AV_TEST_AWARDS_2025 =
  'https://malwaretips.com/threads/av-test-awards-2025-celebrating-the-very-best-of-it-security-products.140431/';

/** AV-Comparatives Consumer Summary 2025 (19 products), reported by BetaNews [3P]. */
export const AV_COMPARATIVES_SUMMARY_2025 =
  'https://betanews.com/article/av-comparatives-2025-tests-reveal-which-windows-antivirus-tools-perform-best/';

/** AV-Comparatives Real-World Protection Test Feb–May 2025: who took part [3P]. */
export const AV_COMPARATIVES_RWPT_2025 =
  'https://malwaretips.com/threads/real-world-protection-test-february-may-2025.136410/post-1130481';

/** AVLab "Advanced In-The-Wild Malware Test", November 2024: who took part [C]. */
export const AVLAB_NOVEMBER_2024 =
  'https://avlab.pl/en/how-did-advanced-security-software-deal-with-threats-november-2024-edition';

export function avTestAward2025(award: string, edition: string): LabResult {
  return lab({
    lab: 'AV-TEST',
    test: 'Awards 2025',
    award,
    outcome: 'award',
    date: '2025',
    edition,
    source: AV_TEST_AWARDS_2025,
    confidence: 'third-party',
  });
}

export function avComparativesSummary2025(award: string, edition: string): LabResult {
  return lab({
    lab: 'AV-Comparatives',
    test: 'Summary Report 2025',
    award,
    outcome: 'award',
    date: '2025',
    edition,
    source: AV_COMPARATIVES_SUMMARY_2025,
    confidence: 'third-party',
  });
}

/** Took part; the per-product result is not in our sources, so it is never shown as a score. */
export function avComparativesRwpt2025(edition: string): LabResult {
  return lab({
    lab: 'AV-Comparatives',
    test: 'Real-World Protection Test February–May 2025',
    award: null,
    outcome: 'tested',
    date: '2025-05',
    edition,
    source: AV_COMPARATIVES_RWPT_2025,
    confidence: 'third-party',
  });
}

export function avLabNovember2024(edition: string): LabResult {
  return lab({
    lab: 'AVLab',
    test: 'Advanced In-The-Wild Malware Test',
    award: null,
    outcome: 'tested',
    date: '2024-11',
    edition,
    source: AVLAB_NOVEMBER_2024,
    confidence: 'confirmed',
  });
}

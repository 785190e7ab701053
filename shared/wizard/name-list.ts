/**
 * Names inside a sentence as a reader's language writes a list: "A, B, and C", "A, B y C",
 * "A, B и C" (Intl.ListFormat); "A, B, or C" with `disjunction`. The screens and the report both use it.
 */
export function formatNameList(names: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(names);
}

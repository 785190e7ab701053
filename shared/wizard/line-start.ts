/**
 * A phrase written to sit inside a sentence ("drivers", "los ajustes de Kaspersky") starting a line
 * of its own: its first letter as a capital, in the reader's language. Names that already start with
 * one ("Windows Security Center") stay as they are.
 */
export function lineStart(phrase: string, locale: string): string {
  const first = phrase.codePointAt(0);
  if (first === undefined) return phrase;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(locale) + phrase.slice(letter.length);
}

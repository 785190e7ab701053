import { syllable } from 'syllable';

/**
 * Flesch–Kincaid grade level of a user-facing English string (issue 13.5: at most grade 8).
 * Names are not words the reader has to decode, so they are taken out first: interpolations
 * ({{name}}), web addresses, file paths, and product names the caller lists.
 *
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 */
export interface GradeResult {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly grade: number;
}

const URL_OR_PATH = /\b(?:https?:\/\/\S+|[A-Za-z]:\\\S*|~?\/[\w.~-]+(?:\/[\w. ~-]+)+)/g;

export function plainText(text: string, names: readonly string[] = []): string {
  let out = text.replace(/\{\{[^}]+\}\}/g, ' ').replace(URL_OR_PATH, ' ');
  for (const name of names) if (name) out = out.split(name).join(' ');
  return out;
}

export function readingGrade(text: string, names: readonly string[] = []): GradeResult {
  const plain = plainText(text, names);
  const words = plain.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => /\p{L}/u.test(w));
  const sentences = Math.max(1, plain.split(/[.!?:;]+(?:\s|$)/).filter((s) => /\p{L}/u.test(s)).length);
  const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  const n = Math.max(1, words.length);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / n) - 15.59;
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

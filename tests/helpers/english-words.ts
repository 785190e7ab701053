/**
 * English words no Spanish or Russian sentence has: one of them in a text means English is left in
 * it (product, menu and file names carry none of them).
 */
export const ENGLISH_WORDS = /\b(the|and|or|with|your|is|are|was|this|that|could|will|you|not|of|to)\b/i;

/** The lines of an HTML page a person reads (style, code, preformatted data and tags left out) that hold English words. */
export function englishLines(html: string): string[] {
  const prose = html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<(pre|code)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n');
  return prose.split('\n').filter((line) => ENGLISH_WORDS.test(line));
}

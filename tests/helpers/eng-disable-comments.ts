import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `eng-disable` directive found in the source, with the reason written next to it. */
export interface EngDisableComment {
  readonly file: string;
  readonly line: number;
  readonly checkIds: string[];
  readonly unknownIds: string[];
  readonly reason: string;
}

/** The file kinds Electronegativity reads (src/util/file.js), minus package manifests. */
const SCANNED = /\.(js|jsx|ts|tsx|mjs|cjs|html|htm)$/;
const DIRECTIVE = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable\b(.*?)(?:\*\/|-->|$)/;
const CHECK_ID_SHAPE = /^[A-Za-z0-9_]+(?:_(?:JS|HTML|JSON|GLOBAL)_CHECK|JSCheck|HTMLCheck|JSONCheck|GlobalCheck)$/;
/** A justification is a real sentence, not a token: at least this many words. */
export const MIN_REASON_WORDS = 4;

export function listSourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SCANNED.test(entry.name)) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

/**
 * Parses one line holding an `eng-disable` directive. The reason is the text after the check ids in
 * the same comment, or failing that the comment on the line just above ("next to it").
 */
export function parseDirective(lineText: string, lineAbove: string, knownIds: Set<string>) {
  const match = DIRECTIVE.exec(lineText);
  if (!match) return null;
  const words = (match[1] ?? '').trim().split(/[\s,]+/).filter(Boolean);
  const checkIds: string[] = [];
  let index = 0;
  while (index < words.length && CHECK_ID_SHAPE.test(words[index]!)) checkIds.push(words[index++]!);
  let reason = words.slice(index).join(' ').replace(/^[-—:;(]+\s*/, '');
  if (countWords(reason) < MIN_REASON_WORDS) {
    const above = /^\s*(?:\/\/|\/\*|\*|<!--)\s*(.*?)\s*(?:\*\/|-->)?\s*$/.exec(lineAbove);
    if (above?.[1] && !above[1].includes('eng-disable')) reason = `${reason} ${above[1]}`.trim();
  }
  const known = new Set([...knownIds].map((id) => id.toUpperCase()));
  const unknownIds = checkIds.filter((id) => !known.has(id.toUpperCase()) && !/Check$/.test(id));
  return { checkIds, unknownIds, reason };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z]{2,}/.test(word)).length;
}

export function findEngDisableComments(root: string, knownIds: Set<string>): EngDisableComment[] {
  const found: EngDisableComment[] = [];
  for (const file of listSourceFiles(root)) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    lines.forEach((text, index) => {
      const parsed = parseDirective(text, index > 0 ? lines[index - 1]! : '', knownIds);
      if (parsed) found.push({ file: relative(root, file), line: index + 1, ...parsed });
    });
  }
  return found;
}

/** Why a directive is not an acceptable justification, or null when it is. */
export function justificationProblem(comment: EngDisableComment): string | null {
  if (comment.checkIds.length === 0) return 'names no check id (a bare eng-disable silences every check)';
  if (comment.unknownIds.length > 0) return `names unknown check ids: ${comment.unknownIds.join(', ')}`;
  if (countWords(comment.reason) < MIN_REASON_WORDS) {
    return `has no written reason (need at least ${MIN_REASON_WORDS} words after the check id)`;
  }
  return null;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The shipped strings, read from renderer/locales/, so a walk in Spanish or Russian finds buttons by
 * the words a user sees, and a screen can be checked for English a translation should have replaced.
 */
export const LOCALES = resolve(__dirname, '../../renderer/locales');
export type Strings = Record<string, unknown>;
export const read = (language: string, ns: string): Strings => JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')) as Strings;
export const text = (strings: Strings, path: string): string => {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Strings | undefined)?.[key], strings);
  if (typeof value !== 'string') throw new Error(`no string at ${path}`);
  return value;
};

/** English sentences (the parts between placeholders, 4 words or more) that a translation replaced. */
function englishSentences(language: string): string[] {
  const out = new Set<string>();
  for (const file of readdirSync(join(LOCALES, 'en'))) {
    const ns = file.replace(/\.json$/, '');
    const walk = (en: unknown, other: unknown): void => {
      if (typeof en === 'string') {
        if (en === other) return;
        for (const part of en.split(/\{\{[^}]+\}\}/)) if (part.trim().split(/\s+/).length >= 4) out.add(part.trim());
      } else if (en && typeof en === 'object') for (const [k, v] of Object.entries(en)) walk(v, (other as Strings | undefined)?.[k]);
    };
    walk(read('en', ns), read(language, ns));
  }
  return [...out];
}


/**
 * The screen's list is narrower than the files' (tests/helpers/english-words.ts): Choose quotes lab
 * results in the lab's own words ("Protection 6.0 of 6"), so "of", "to" and "or" are not English
 * main wrote there.
 */
const SCREEN_ENGLISH_WORDS = /\b(the|and|with|your|is|are|was|this|that|could|will|you|not)\b/i;

export async function expectNoEnglish(page: Page, language: string): Promise<void> {
  if (language === 'en') return;
  const body = await page.locator('body').innerText();
  expect(englishSentences(language).filter((s) => body.includes(s)), 'English sentences on the screen').toEqual([]);
  // What the translation files cannot know: text main sends. Paths, command output and the demo
  // banner (the simulated machine's own English name) are data, not sentences.
  const texts = await page.locator('body').evaluate((body) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('code, pre, .demo-banner, script, style') || parent.getClientRects().length === 0) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    return out;
  });
  expect(texts.filter((text) => SCREEN_ENGLISH_WORDS.test(text)), 'text with English words on the screen').toEqual([]);
}

/** A language's strings by "namespace:key.path", with {{placeholders}} filled in. */
export function stringsFor(language: string): (key: string, values?: Record<string, string | number>) => string {
  const files = new Map<string, Strings>();
  return (key, values = {}) => {
    const [ns = '', path = ''] = key.split(':');
    if (!files.has(ns)) files.set(ns, read(language, ns));
    return text(files.get(ns) ?? {}, path).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

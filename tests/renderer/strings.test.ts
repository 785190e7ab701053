import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder';

const ROOT = resolve(__dirname, '../..');
const RENDERER = join(ROOT, 'renderer/src');
const LOCALES = join(ROOT, 'renderer/locales');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}

/** Text a user would read, written straight into JSX instead of a translation file. */
function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && ['aria-label', 'title', 'alt', 'placeholder'].includes(node.name.getText())) {
      if (node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('strings live in translation files', () => {
  it('no component writes user-facing text directly in JSX', () => {
    const offenders = files(RENDERER, /\.tsx$/).flatMap((f) => literalTexts(f).map((t) => `${relative(ROOT, f)}: "${t}"`));
    expect(offenders).toEqual([]);
  });

  it('every translation file is valid JSON with no empty string', () => {
    for (const file of files(LOCALES, /\.json$/)) {
      const walk = (value: unknown, path: string): void => {
        if (typeof value === 'string') expect(value.trim(), `${relative(ROOT, file)} ${path}`).not.toBe('');
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      };
      walk(JSON.parse(readFileSync(file, 'utf8')), '');
    }
  });

  it('every namespace file is registered with i18next', () => {
    const i18n = readFileSync(join(RENDERER, 'i18n.ts'), 'utf8');
    // Every locale file is a lazy chunk through the glob; the namespaces list names each file.
    expect(i18n).toContain("import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json')");
    for (const file of readdirSync(join(LOCALES, 'en'))) {
      expect(i18n, file).toContain(`'${file.replace(/\.json$/, '')}'`);
    }
  });

  it('the self-test: a literal in JSX is caught', () => {
    const folder = tempFolder();
    const tmp = join(folder.path, 'literal-self-test.tsx');
    writeFileSync(tmp, 'export const X = () => <p aria-label="Close">Hello there {name}</p>;');
    expect(literalTexts(tmp)).toEqual(['Close', 'Hello there']);
    folder.remove();
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = resolve(__dirname, '../../renderer/src/styles.css');

/** Every margin, padding and gap value that is not 0, auto or a step of the spacing scale. */
export function offScale(css: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/\b((?:margin|padding)(?:-[a-z]+)?|gap|row-gap|column-gap)\s*:\s*([^;}]+)/g)) {
    const values = (m[2] ?? '').trim().split(/\s+/);
    if (!values.every((v) => v === '0' || v === 'auto' || /^var\(--space-[1-7]\)$/.test(v))) found.push(m[0]);
  }
  return found;
}

describe('one spacing scale (issue 13.10)', () => {
  it('every margin, padding and gap in the stylesheet is 0, auto or a step of the scale', () => {
    expect(offScale(readFileSync(CSS, 'utf8'))).toEqual([]);
  });

  it('the scale grows step by step, and each step is defined once', () => {
    const css = readFileSync(CSS, 'utf8');
    const steps = [...css.matchAll(/--space-(\d): (\d+)px;/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(steps.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]![1]).toBeGreaterThan(steps[i - 1]![1]);
  });

  it('the self-test: a stray pixel value is caught', () => {
    expect(offScale('.a { margin: 0 7px; gap: var(--space-2); padding: 3px }')).toEqual(['margin: 0 7px', 'padding: 3px ']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotKpmExportError, parseKpmExport, type KpmEntry, type KpmParseResult } from '@shared/passwords';
import { splitLines } from '@shared/passwords/line-cursor';
import { encode, exportArb, joinLines, serialize, type Line } from './kpm-export-arbitrary';

/** Parses; an expected refusal (NotKpmExportError) comes back as null, anything else is thrown. */
function parseOrRefuse(input: Uint8Array | string): KpmParseResult | null {
  try {
    return parseKpmExport(input);
  } catch (error) {
    if (error instanceof NotKpmExportError) return null;
    throw error;
  }
}

const sameEntry = (a: KpmEntry, b: KpmEntry): boolean =>
  a.kind === b.kind && (Object.keys(a.fields) as (keyof KpmEntry['fields'])[]).every((k) => a.fields[k] === b.fields[k]);

describe('fuzz: valid exports read back exactly', () => {
  it('every generated export gives exactly its entries, with line numbers, and nothing unplaced', () => {
    fc.assert(
      fc.property(exportArb, (g) => {
        const s = serialize(g);
        const result = parseKpmExport(encode(joinLines(s.lines), g.bom));
        expect(result.entries).toEqual(s.expected);
        expect(result.unplaced).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'replace'; at: number; text: string }
  | { op: 'swap'; at: number }
  | { op: 'truncate'; at: number; keep: number }
  | { op: 'break'; at: number; brk: string };

const junk = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('---', '', 'Notes', 'Websites', 'Applications', 'Other Accounts', 'Text: x', 'Comment:', 'Website name: y', 'Name: z', 'Password: p', 'Login name:', '\u0000', '\u001b[0m', '\uFEFF', 'a\nb', 'a\r\r\nb', '\r'),
);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: junk }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: junk }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 12 }) }),
  fc.record({ op: fc.constant('break' as const), at: fc.nat(), brk: fc.constantFrom('\n', '\r\n', '\r\r\n', '\r', '') }),
);

/** Applies mutations to lines [start, end) only; returns the new line list. */
function mutate(lines: readonly Line[], start: number, end: number, mutations: readonly Mutation[]): Line[] {
  const head = lines.slice(0, start);
  const body = lines.slice(start, end).map((l) => ({ ...l }));
  const tail = lines.slice(end);
  const brk = lines[0]?.brk === '\r\n' ? '\r\n' : '\n';
  for (const m of mutations) {
    const i = body.length === 0 ? 0 : m.at % body.length;
    const line = body[i];
    switch (m.op) {
      case 'delete':
        body.splice(i, 1);
        break;
      case 'duplicate':
        if (line) body.splice(i, 0, { ...line });
        break;
      case 'insert':
        body.splice(i, 0, { text: m.text, brk });
        break;
      case 'replace':
        if (line) line.text = m.text;
        break;
      case 'swap': {
        const next = body[i + 1];
        if (line && next) [body[i], body[i + 1]] = [next, line];
        break;
      }
      case 'truncate':
        if (line) line.text = line.text.slice(0, m.keep);
        break;
      case 'break':
        // Changing the break of the body's last line would join it to the next section's header.
        if (line && i < body.length - 1) line.brk = m.brk;
        break;
    }
  }
  // The body always ends with a line break, so the next section's header stays its own line.
  const last = body[body.length - 1];
  if (last && last.brk === '') last.brk = brk;
  return [...head, ...body, ...tail];
}

describe('fuzz: a mutated section never costs the other sections an entry', () => {
  it('never throws an unexpected error, and every entry outside the mutated section survives', () => {
    fc.assert(
      fc.property(exportArb, fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (g, pick, mutations, asString) => {
        const s = serialize(g);
        const target = pick % s.bodies.length;
        const body = s.bodies[target];
        if (!body) return;
        const text = joinLines(mutate(s.lines, body.start, body.end, mutations));
        const result = parseOrRefuse(asString ? text : encode(text, g.bom));
        // Every export here has a section header, so a refusal would lose the other sections.
        expect(result).not.toBeNull();
        const remaining = [...(result?.entries ?? [])];
        s.expected.forEach((entry, k) => {
          if (s.sectionOf[k] === target) return;
          const found = remaining.findIndex((e) => sameEntry(e, entry));
          expect(found, `entry "${entry.fields.name}" of ${entry.kind} was lost`).toBeGreaterThanOrEqual(0);
          remaining.splice(found, 1);
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws anything but NotKpmExportError on arbitrary bytes or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (input) => {
        parseOrRefuse(input);
      }),
      { numRuns: 600 },
    );
  });
});

describe('splitLines', () => {
  it('splits exactly like /\\r\\r\\n|\\r\\n|\\n|\\r/ (CR CR LF is one break)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\r', '\n', ' ', 'é'), maxLength: 40 }), (text) => {
        expect(splitLines(text)).toEqual(text.split(/\r\r\n|\r\n|\n|\r/));
      }),
      { numRuns: 2000 },
    );
  });
});

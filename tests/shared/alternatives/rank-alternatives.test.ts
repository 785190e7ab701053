import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  DEVICES,
  EMPTY_ANSWERS,
  FEATURES,
  RANKING_WEIGHTS as W,
  catalogAge,
  rankAlternatives,
  recentFrom,
  type Answers,
  type Catalog,
  type RankPlatform,
} from '@shared/alternatives';
import { synthetic, type SyntheticSpec } from './rank-fixtures';

const ask = (answers: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...answers });
const catalogOf = (...specs: SyntheticSpec[]): Catalog => ({ products: specs.map(synthetic) });
const order = (catalog: Catalog, answers: Answers, platform: RankPlatform): string[] =>
  rankAlternatives(catalog, answers, platform).entries.map((e) => e.product.id);
const entry = (catalog: Catalog, answers: Answers, platform: RankPlatform, id: string) =>
  rankAlternatives(catalog, answers, platform).entries.find((e) => e.product.id === id)!;

describe('ranking rules, one at a time (synthetic catalog)', () => {
  it.each<{ rule: string; catalog: Catalog; answers: Answers; platform: RankPlatform; expected: string[] }>([
    {
      rule: 'a product with a lab result comes before one without, whatever else the latter has',
      catalog: catalogOf(
        { id: 'no-labs', labs: [], free: 'full', platforms: { windows: true }, features: { vpn: true } },
        { id: 'tested', labs: ['tested'] },
      ),
      answers: ask({ budget: 'free', features: ['vpn'] }),
      platform: 'win32',
      expected: ['tested', 'no-labs'],
    },
    {
      rule: 'equal products are ordered by name, not by catalog order',
      // Ids deliberately in the opposite order to the names; case does not matter.
      catalog: catalogOf({ id: 'a', name: 'Zeta' }, { id: 'z', name: 'alpha' }, { id: 'm', name: 'Mu' }),
      answers: EMPTY_ANSWERS,
      platform: 'win32',
      expected: ['z', 'm', 'a'],
    },
    {
      rule: 'equal products with the same name are ordered by id',
      catalog: catalogOf({ id: 'same-2', name: 'Same' }, { id: 'same-1', name: 'Same' }),
      answers: EMPTY_ANSWERS,
      platform: 'darwin',
      expected: ['same-1', 'same-2'],
    },
    {
      rule: 'budget free: full free > scan-only > unknown > no free version',
      catalog: catalogOf({ id: 'none', free: 'none' }, { id: 'unknown' }, { id: 'scan', free: 'scan-only' }, { id: 'full', free: 'full' }),
      answers: ask({ budget: 'free' }),
      platform: 'linux',
      expected: ['full', 'scan', 'unknown', 'none'],
    },
    {
      rule: 'budget paid: the free tier does not move anything (name order remains)',
      catalog: catalogOf({ id: 'b-none', free: 'none' }, { id: 'a-full', free: 'full' }, { id: 'c-scan', free: 'scan-only' }),
      answers: ask({ budget: 'paid' }),
      platform: 'win32',
      expected: ['a-full', 'b-none', 'c-scan'],
    },
    {
      rule: 'a wanted feature the source confirms beats unknown and missing',
      catalog: catalogOf({ id: 'a-missing', features: { vpn: false } }, { id: 'b-unknown' }, { id: 'c-has', features: { vpn: true } }),
      answers: ask({ features: ['vpn'] }),
      platform: 'win32',
      expected: ['c-has', 'a-missing', 'b-unknown'],
    },
    {
      rule: 'features nobody asked for do not count',
      catalog: catalogOf({ id: 'b-everything', features: { vpn: true, 'parental-control': true } }, { id: 'a-nothing' }),
      answers: ask({ features: ['password-manager'] }),
      platform: 'win32',
      expected: ['a-nothing', 'b-everything'],
    },
    {
      rule: 'runs on this computer (sourced) beats unknown; a sourced "does not run" goes last, awards or not',
      catalog: catalogOf(
        { id: 'a-not-mac', platforms: { mac: false }, labs: ['award', 'award', 'award'], labPlatform: 'mac' },
        { id: 'b-unknown', labPlatform: 'mac' },
        { id: 'c-mac', platforms: { mac: true }, labPlatform: 'mac' },
        { id: 'd-no-labs', labs: [], platforms: { mac: true } },
      ),
      answers: EMPTY_ANSWERS,
      platform: 'darwin',
      expected: ['c-mac', 'b-unknown', 'd-no-labs', 'a-not-mac'],
    },
    {
      rule: 'keep it simple on Windows pins the built-in product above stronger ones',
      catalog: catalogOf(
        { id: 'suite', platforms: { windows: true }, labs: ['award', 'award', 'award'], free: 'full' },
        { id: 'defender', builtIn: true, platforms: { windows: true }, free: 'full' },
      ),
      answers: ask({ keepSimple: true }),
      platform: 'win32',
      expected: ['defender', 'suite'],
    },
    {
      rule: 'budget free on Windows pins the built-in product',
      catalog: catalogOf(
        { id: 'suite', platforms: { windows: true }, labs: ['award', 'award', 'award'], free: 'full' },
        { id: 'defender', builtIn: true, platforms: { windows: true }, free: 'full', labs: ['tested'] },
      ),
      answers: ask({ budget: 'free' }),
      platform: 'win32',
      expected: ['defender', 'suite'],
    },
    {
      rule: 'keep it simple on a Mac does not pin a Windows built-in product',
      catalog: catalogOf(
        { id: 'a-mac-suite', platforms: { mac: true } },
        { id: 'b-defender', builtIn: true, platforms: { windows: true }, free: 'full' },
      ),
      answers: ask({ keepSimple: true, budget: 'free' }),
      platform: 'darwin',
      expected: ['a-mac-suite', 'b-defender'],
    },
    {
      rule: 'without simple or free, the built-in product competes on facts like the rest',
      catalog: catalogOf(
        { id: 'suite', platforms: { windows: true }, labs: ['award', 'award'] },
        { id: 'defender', builtIn: true, platforms: { windows: true }, labs: ['scored'] },
      ),
      answers: ask({ keepSimple: false, budget: 'either' }),
      platform: 'win32',
      expected: ['suite', 'defender'],
    },
    {
      rule: 'the phones and other computers the user named count',
      catalog: catalogOf({ id: 'a-pc-only', platforms: { windows: true } }, { id: 'b-phones', platforms: { windows: true, android: true, ios: true } }),
      answers: ask({ devices: ['windows', 'android', 'iphone'] }),
      platform: 'win32',
      expected: ['b-phones', 'a-pc-only'],
    },
    {
      rule: 'importing the Kaspersky export directly counts when a password manager is wanted',
      catalog: catalogOf(
        { id: 'a-csv', features: { 'password-manager': true } },
        { id: 'b-imports', features: { 'password-manager': true }, importsKaspersky: true },
      ),
      answers: ask({ features: ['password-manager'] }),
      platform: 'win32',
      expected: ['b-imports', 'a-csv'],
    },
  ])('$rule', ({ catalog, answers, platform, expected }) => {
    expect(order(catalog, answers, platform)).toEqual(expected);
  });
});

describe('scores are the documented weights, nothing else', () => {
  it.each<{ name: string; spec: SyntheticSpec; answers: Answers; platform: RankPlatform; score: number }>([
    { name: 'nothing known, nothing asked', spec: { id: 'x', labs: [] }, answers: EMPTY_ANSWERS, platform: 'win32', score: 0 },
    {
      name: 'runs here + one award + free on a free budget',
      spec: { id: 'x', platforms: { windows: true }, labs: ['award'], free: 'full' },
      answers: ask({ budget: 'free' }),
      platform: 'win32',
      score: W.platformSupported + W.labAward + W.freeFull,
    },
    {
      name: 'lab results are capped',
      spec: { id: 'x', labs: ['award', 'award', 'award', 'award', 'certified', 'tested'] },
      answers: EMPTY_ANSWERS,
      platform: 'win32',
      score: W.labCap,
    },
    {
      name: 'each lab outcome has its own weight',
      spec: { id: 'x', labs: ['certified', 'scored', 'tested'] },
      answers: EMPTY_ANSWERS,
      platform: 'win32',
      score: W.labCertified + W.labScored + W.labTested,
    },
    {
      name: 'no free version on a free budget',
      spec: { id: 'x', free: 'none', labs: [] },
      answers: ask({ budget: 'free' }),
      platform: 'win32',
      score: W.notFree,
    },
    {
      name: 'scan-only on a free budget; free on "either"',
      spec: { id: 'x', free: 'scan-only', labs: [] },
      answers: ask({ budget: 'free' }),
      platform: 'win32',
      score: W.freeScanOnly,
    },
    {
      name: 'a full free version is a small plus when the budget is open',
      spec: { id: 'x', free: 'full', labs: [] },
      answers: ask({ budget: 'either' }),
      platform: 'win32',
      score: W.freeFullAnyBudget,
    },
    {
      name: 'features and devices, repeated answers counted once',
      spec: { id: 'x', features: { vpn: true, 'password-manager': true }, platforms: { android: true }, importsKaspersky: true, labs: [] },
      answers: ask({ features: ['vpn', 'vpn', 'password-manager'], devices: ['android', 'android', 'mac'] }),
      platform: 'linux',
      score: 2 * W.featureIncluded + W.importsKasperskyPasswords + W.deviceSupported,
    },
  ])('$name', ({ spec, answers, platform, score }) => {
    expect(entry(catalogOf(spec), answers, platform, spec.id).score).toBe(score);
  });
});

describe('reasons and lacks say why', () => {
  it('lists lab results as award/test/date/source, strongest first', () => {
    const e = entry(catalogOf({ id: 'x', labs: ['tested', 'award'] }), EMPTY_ANSWERS, 'win32', 'x');
    const labs = e.reasons.filter((r) => r.code === 'lab-result');
    expect(labs.map((r) => r.code === 'lab-result' && r.outcome)).toEqual(['award', 'tested']);
    expect(labs[0]).toMatchObject({ lab: 'AV-TEST', award: 'Award 1', date: '2025', source: 'https://example.org/source' });
  });

  it('names what a product lacks against the answers, and what the sources cannot tell', () => {
    const e = entry(
      catalogOf({ id: 'x', free: 'none', features: { vpn: false }, platforms: { android: false }, labs: [] }),
      ask({ budget: 'free', features: ['vpn', 'parental-control'], devices: ['android', 'iphone'] }),
      'win32',
      'x',
    );
    expect(e.lacks).toEqual([
      { code: 'platform-unknown', platform: 'windows' },
      { code: 'not-free' },
      { code: 'no-lab-results' },
      { code: 'feature-missing', feature: 'vpn' },
      { code: 'feature-unknown', feature: 'parental-control' },
      { code: 'device-unsupported', device: 'android' },
      { code: 'device-unknown', device: 'iphone' },
    ]);
    // Nothing in this catalog has lab results, so "comes after products that have them" is not said.
    expect(e.reasons).not.toContainEqual({ code: 'no-lab-record-ranked-below' });
    const withOther = catalogOf({ id: 'x', labs: [] }, { id: 'y', labs: ['tested'] });
    expect(entry(withOther, EMPTY_ANSWERS, 'win32', 'x').reasons).toContainEqual({ code: 'no-lab-record-ranked-below' });
  });

  it('says the product runs on this computer when a source states it', () => {
    const catalog = catalogOf({ id: 'x', platforms: { linux: true } });
    expect(entry(catalog, EMPTY_ANSWERS, 'linux', 'x').reasons).toContainEqual({ code: 'runs-on', device: 'linux' });
    expect(entry(catalog, EMPTY_ANSWERS, 'win32', 'x').reasons.some((r) => r.code === 'runs-on')).toBe(false);
  });

  it('says why the built-in product was pinned', () => {
    const catalog = catalogOf({ id: 'defender', builtIn: true, platforms: { windows: true }, free: 'full' });
    expect(entry(catalog, ask({ keepSimple: true }), 'win32', 'defender').reasons[0]).toEqual({ code: 'pinned-keep-simple', platform: 'windows' });
    expect(entry(catalog, ask({ budget: 'free' }), 'win32', 'defender').reasons[0]).toEqual({ code: 'pinned-free-built-in', platform: 'windows' });
    expect(entry(catalog, ask({ budget: 'free' }), 'win32', 'defender').group).toBe('built-in-choice');
  });
});

describe('per-platform truth (synthetic)', () => {
  it('a lab result backs a place only on the platform it tested', () => {
    const catalog = catalogOf(
      { id: 'windows-award', platforms: { windows: true, mac: true }, labs: ['award', 'award'], labPlatform: 'windows' },
      { id: 'mac-tested', platforms: { mac: true }, labs: ['tested'], labPlatform: 'mac' },
    );
    expect(order(catalog, EMPTY_ANSWERS, 'darwin')).toEqual(['mac-tested', 'windows-award']);
    expect(order(catalog, EMPTY_ANSWERS, 'win32')).toEqual(['windows-award', 'mac-tested']);
    const onMac = entry(catalog, EMPTY_ANSWERS, 'darwin', 'windows-award');
    expect(onMac.group).toBe('no-lab-record');
    expect(onMac.reasons.some((r) => r.code === 'lab-result')).toBe(false);
    expect(onMac.lacks).toContainEqual({ code: 'no-lab-results-here' });
  });

  it('"free" counts only where it is free on this platform', () => {
    const catalog = catalogOf({ id: 'free-on-windows', freeOn: { windows: 'full' } }, { id: 'b', name: 'b' });
    expect(entry(catalog, ask({ budget: 'free' }), 'win32', 'free-on-windows').reasons).toContainEqual({ code: 'free', platform: 'windows', edition: null });
    const mac = entry(catalog, ask({ budget: 'free' }), 'darwin', 'free-on-windows');
    expect(mac.reasons.some((r) => r.code === 'free')).toBe(false);
    expect(mac.lacks).toContainEqual({ code: 'free-unknown' });
  });

  it('pins the built-in of this platform only', () => {
    const catalog = catalogOf(
      { id: 'defender', builtIn: true, platforms: { windows: true }, free: 'full' },
      { id: 'xprotect', builtIn: true, platforms: { mac: true }, free: 'full', labs: [] },
      { id: 'other', labs: ['award'], labPlatform: 'mac' },
    );
    expect(order(catalog, ask({ keepSimple: true }), 'darwin')[0]).toBe('xprotect');
    expect(entry(catalog, ask({ keepSimple: true }), 'darwin', 'xprotect').reasons[0]).toEqual({ code: 'pinned-keep-simple', platform: 'mac' });
    expect(order(catalog, ask({ keepSimple: true }), 'win32')[0]).toBe('defender');
    expect(entry(catalog, ask({ keepSimple: true }), 'linux', 'defender').group).not.toBe('built-in-choice');
  });
});

describe('the shipped catalog, per platform, with the reasons each place gets', () => {
  const first = (answers: Answers, platform: RankPlatform, n = 1): string[] => order(CATALOG, answers, platform).slice(0, n);
  const reasonsOf = (answers: Answers, platform: RankPlatform, id: string) => entry(CATALOG, answers, platform, id).reasons.map((r) => r.code);

  it('Windows, keep it simple or free → Microsoft Defender first, pinned as the built-in', () => {
    for (const answers of [ask({ keepSimple: true }), ask({ budget: 'free' })]) {
      expect(first(answers, 'win32')).toEqual(['microsoft-defender']);
    }
    expect(reasonsOf(ask({ budget: 'free' }), 'win32', 'microsoft-defender').slice(0, 2)).toEqual(['pinned-free-built-in', 'built-in']);
    expect(reasonsOf(ask({ budget: 'free' }), 'win32', 'microsoft-defender')).toContain('free');
  });

  it('Windows, no answers → products with Windows lab awards lead, each place backed by a Windows result', () => {
    const top = rankAlternatives(CATALOG, EMPTY_ANSWERS, 'win32').entries.slice(0, 3);
    for (const e of top) {
      expect(e.group).toBe('lab-tested');
      const labs = e.reasons.filter((r) => r.code === 'lab-result');
      expect(labs.length).toBeGreaterThan(0);
      for (const r of labs) expect(r).toMatchObject({ platform: 'windows' });
    }
    expect(top.map((e) => e.product.id)).toContain('mcafee');
  });

  it('Mac, keep it simple → XProtect, the built-in; otherwise Norton 360 leads on Mac lab results', () => {
    expect(first(ask({ keepSimple: true }), 'darwin')).toEqual(['xprotect']);
    const [top] = rankAlternatives(CATALOG, EMPTY_ANSWERS, 'darwin').entries;
    expect(top?.product.id).toBe('norton-360');
    const labs = top?.reasons.filter((r) => r.code === 'lab-result') ?? [];
    expect(labs.length).toBe(2);
    for (const r of labs) expect(r).toMatchObject({ platform: 'mac' });
    // Defender is for Windows only; no Windows award counts on a Mac.
    expect(entry(CATALOG, EMPTY_ANSWERS, 'darwin', 'microsoft-defender').group).toBe('no-lab-record');
    expect(entry(CATALOG, EMPTY_ANSWERS, 'darwin', 'bitdefender').lacks).toContainEqual({ code: 'no-lab-results-here' });
  });

  it('a lab result over three years old places no product: Avast on a Mac (AV-TEST, March 2020) says it is too old', () => {
    const avast = entry(CATALOG, EMPTY_ANSWERS, 'darwin', 'avast');
    expect(avast.group).toBe('no-lab-record');
    expect(avast.reasons.some((r) => r.code === 'lab-result')).toBe(false);
    expect(avast.lacks).toContainEqual(expect.objectContaining({ code: 'lab-results-old', year: '2020' }));
    // On Windows its results are recent: they still count there.
    expect(entry(CATALOG, EMPTY_ANSWERS, 'win32', 'avast').group).toBe('lab-tested');
  });

  it('three years is the limit, counted in months from the newest check in the catalog', () => {
    const dated = (id: string, date: string) => {
      const product = synthetic({ id, labs: ['award'] });
      return { ...product, labResults: product.labResults.map((r) => ({ ...r, date })) };
    };
    // The synthetic facts were checked on 2026-11-22: 36 months back is 2023-11.
    const catalog: Catalog = { products: [dated('thirty-six-months', '2023-11'), dated('thirty-seven-months', '2023-10'), dated('a-year', '2023')] };
    const groups = Object.fromEntries(rankAlternatives(catalog, EMPTY_ANSWERS, 'win32').entries.map((e) => [e.product.id, e.group]));
    expect(groups).toEqual({ 'thirty-six-months': 'lab-tested', 'thirty-seven-months': 'no-lab-record', 'a-year': 'lab-tested' });
  });

  it('Linux → ClamAV first (runs on Linux, free with on-access scanning), then ClamTk; no Windows test behind a Linux place', () => {
    for (const answers of [EMPTY_ANSWERS, ask({ budget: 'free' }), ask({ keepSimple: true })]) {
      expect(first(answers, 'linux', 2)).toEqual(['clamav', 'clamtk']);
    }
    expect(reasonsOf(ask({ budget: 'free' }), 'linux', 'clamav')).toContain('free');
    expect(reasonsOf(ask({ budget: 'free' }), 'linux', 'clamtk')).toContain('free-scan-only');
    for (const e of rankAlternatives(CATALOG, EMPTY_ANSWERS, 'linux').entries) {
      expect(e.reasons.some((r) => r.code === 'lab-result'), e.product.id).toBe(false);
      expect(e.group).not.toBe('built-in-choice');
    }
  });

  it('lists every product; UltraAV says why it is listed and that it has no lab record', () => {
    const ids = order(CATALOG, EMPTY_ANSWERS, 'win32');
    expect(ids).toHaveLength(CATALOG.products.length);
    const ultra = entry(CATALOG, EMPTY_ANSWERS, 'win32', 'ultraav');
    expect(ultra.group).toBe('no-lab-record');
    expect(ultra.reasons).toContainEqual({ code: 'listed-because-received' });
    expect(ultra.reasons).toContainEqual({ code: 'no-lab-record-ranked-below' });
    // On Linux no product has a lab result in our sources: nobody is said to come "after" them.
    expect(entry(CATALOG, EMPTY_ANSWERS, 'linux', 'ultraav').reasons).not.toContainEqual({ code: 'no-lab-record-ranked-below' });
  });
});

const answersArb: fc.Arbitrary<Answers> = fc.record({
  devices: fc.option(fc.array(fc.constantFrom(...DEVICES), { maxLength: 5 }), { nil: null }),
  budget: fc.option(fc.constantFrom('free' as const, 'paid' as const, 'either' as const), { nil: null }),
  features: fc.option(fc.array(fc.constantFrom(...FEATURES), { maxLength: 5 }), { nil: null }),
  keepSimple: fc.option(fc.boolean(), { nil: null }),
});
const platformArb = fc.constantFrom<RankPlatform>('win32', 'darwin', 'linux');

describe('properties over any answers', () => {
  it('is deterministic and independent of catalog order; places are 1..n, every product once', () => {
    fc.assert(
      fc.property(answersArb, platformArb, fc.integer(), (answers, platform, seed) => {
        const a = rankAlternatives(CATALOG, answers, platform);
        const shuffled = { products: shuffle(CATALOG.products, seed) };
        const b = rankAlternatives(shuffled, answers, platform);
        expect(b).toEqual(a);
        expect(a.entries.map((e) => e.place)).toEqual(CATALOG.products.map((_, i) => i + 1));
        expect(new Set(a.entries.map((e) => e.product.id)).size).toBe(CATALOG.products.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never puts UltraAV (or any product without lab results) above one with lab results', () => {
    fc.assert(
      fc.property(answersArb, platformArb, (answers, platform) => {
        const entries = rankAlternatives(CATALOG, answers, platform).entries;
        // "With lab results" means on this platform; pinned built-ins come first by design.
        const computer = platform === 'win32' ? 'windows' : platform === 'darwin' ? 'mac' : 'linux';
        const here = (e: (typeof entries)[number]) => e.product.labResults.some((r) => r.platform === computer);
        const withLabs = entries.filter((e) => here(e) && e.group === 'lab-tested').map((e) => e.place);
        if (withLabs.length === 0) return;
        const lastWithLabs = Math.max(...withLabs);
        for (const e of entries) {
          if (!here(e) && e.group !== 'built-in-choice') expect(e.place, e.product.id).toBeGreaterThan(lastWithLabs);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('accounts for every wanted feature (has it, or lacks it) and every lab result', () => {
    fc.assert(
      fc.property(answersArb, platformArb, (answers, platform) => {
        for (const e of rankAlternatives(CATALOG, answers, platform).entries) {
          for (const feature of answers.features ?? []) {
            const said =
              e.reasons.some((r) => r.code === 'has-feature' && r.feature === feature) ||
              e.lacks.some((l) => (l.code === 'feature-missing' || l.code === 'feature-unknown') && l.feature === feature);
            expect(said, `${e.product.id} ${feature}`).toBe(true);
          }
          const computer = platform === 'win32' ? 'windows' : platform === 'darwin' ? 'mac' : 'linux';
          const here = e.product.labResults.filter((r) => r.platform === computer);
          const recent = here.filter(recentFrom(catalogAge(CATALOG)?.newest ?? null));
          // Every recent result here is a reason; with none recent, an older one is said as too old.
          expect(e.reasons.filter((r) => r.code === 'lab-result')).toHaveLength(recent.length);
          expect(e.lacks.some((l) => l.code === 'lab-results-old')).toBe(recent.length === 0 && here.length > 0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('puts Defender first on Windows whenever the user asks for simple or free', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const pinned = answers.keepSimple === true || answers.budget === 'free';
        const top = rankAlternatives(CATALOG, answers, 'win32').entries[0]!;
        if (pinned) expect(top.product.id).toBe('microsoft-defender');
        else expect(top.group).not.toBe('built-in-choice');
      }),
      { numRuns: 200 },
    );
  });
});

/** Deterministic Fisher–Yates from a seed (mulberry32), so failures replay. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

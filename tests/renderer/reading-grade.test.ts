import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingGrade } from '../helpers/reading-grade';
import { CATALOG } from '@shared/alternatives';

const LOCALES = join(__dirname, '../../renderer/locales/en');

/** Names are read as names: products, vendors, labs and systems the strings mention. */
const NAMES = [
  ...new Set([
    ...CATALOG.products.flatMap((p) => [p.name, p.vendor]),
    'Kaspersky Password Manager', 'Kaspersky Total Security', 'Kaspersky Internet Security', 'Kaspersky VPN', 'Kaspersky Safe Kids', 'Kaspersky',
    'Microsoft Defender Antivirus', 'Microsoft Defender', 'Windows Security', 'Windows Security Center', 'Security Center', 'Virus & threat protection',
    'Real-time protection', 'Manage settings', 'AV-TEST', 'AV-Comparatives', 'Bitwarden', '1Password', 'Proton Pass', 'KeePassXC', 'Firefox', 'Chrome',
    'SafeSwitch', 'UltraAV', 'UltraVPN', 'Pango', 'macOS', 'Windows', 'Linux', 'File Explorer', 'Finder', 'System Settings',
    // Names on the user's own screen, which the steps must quote as they are.
    'Trusted Root Certification Authorities', 'Keychain Access',
  ]),
].sort((a, b) => b.length - a.length);

/** Every English string with its key, walked from the translation files. */
function strings(): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  for (const file of readdirSync(LOCALES)) {
    const walk = (value: unknown, key: string): void => {
      if (typeof value === 'string') out.push({ key, text: value });
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
    };
    walk(JSON.parse(readFileSync(join(LOCALES, file), 'utf8')), file.replace(/\.json$/, ''));
  }
  return out;
}

const MAX_GRADE = 8;
const MIN_WORDS = 8;

describe('plain words (issue 13.5)', () => {
  it(`every English string of ${MIN_WORDS} words or more reads at grade ${MAX_GRADE} or below (Flesch–Kincaid)`, () => {
    const measured = strings()
      .map((s) => ({ ...s, ...readingGrade(s.text, NAMES) }))
      .filter((s) => s.words >= MIN_WORDS);
    const above = measured.filter((s) => s.grade > MAX_GRADE).map((s) => `${s.key} (grade ${s.grade}): ${s.text}`);
    // DUMP_GRADES=file writes the strings above grade 8 to a file, to rewrite them.
    if (process.env['DUMP_GRADES']) writeFileSync(process.env['DUMP_GRADES'], above.join('\n'));
    expect(measured.length).toBeGreaterThan(200);
    expect(above).toEqual([]);
  });

  it('the measure works: a plain sentence is low, a dense one is high, names do not count', () => {
    expect(readingGrade('Press the button. Then wait for the check to end.').grade).toBeLessThan(3);
    expect(readingGrade('Comprehensive organizational considerations necessitate extraordinarily sophisticated authentication infrastructure.').grade).toBeGreaterThan(16);
    expect(readingGrade('Open {{name}} at https://example.org/a/very/long/path and C:\\Users\\ann\\setup.exe now.').words).toBe(4);
    expect(readingGrade('Microsoft Defender Antivirus protects it.', ['Microsoft Defender Antivirus']).words).toBe(2);
  });

  it('uses US English', () => {
    const british = /\b(licence|licences|organisation|organise|colour|favourite|centre|behaviour|recognise|recognised|realise|analyse|cancelled|travelled|programme|catalogue)\b/i;
    const found = strings().filter((s) => british.test(s.text)).map((s) => `${s.key}: ${s.text}`);
    expect(found).toEqual([]);
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanReportSchema } from '@shared/contracts/scan-report';
import { matchInventory } from '@shared/detection/match-inventory';
import { FIXTURE_TABLE, INVENTORY_DIR, loadInventory } from './inventory-fixtures';

describe('matchInventory on the research-derived inventories', () => {
  it.each(FIXTURE_TABLE)('$file', ({ file, products, builtIn }) => {
    const report = scanReportSchema.parse(matchInventory(loadInventory(file)));
    const got = report.products.map((p) => ({
      vendor: p.vendor,
      name: p.name,
      version: p.version,
      kind: p.kind,
      protection: p.protection,
      signatures: p.signatures,
      method: p.removal.method,
    }));
    expect(got).toEqual(products);
    expect(report.builtIn).toEqual(builtIn);
  });

  it('covers every fixture file in the folder', () => {
    const files = readdirSync(INVENTORY_DIR).filter((f) => f.endsWith('.json'));
    expect(FIXTURE_TABLE.map((t) => t.file).sort()).toEqual(files.sort());
  });

  it('never lists Defender as a product and ids are unique per report', () => {
    for (const { file } of FIXTURE_TABLE) {
      const report = matchInventory(loadInventory(file));
      expect(report.products.some((p) => /^(Microsoft|Windows) Defender/i.test(p.name))).toBe(false);
      const ids = report.products.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { SaveOverview } from '@shared/api/save-calls';
import { saveParts } from '../../renderer/src/steps/save/save-parts';

/** Save's parts, shown when they apply (issue 13.2). */
const overview = (over: Partial<SaveOverview> = {}): SaveOverview =>
  ({
    passwordManager: { installed: false, name: null, canOpen: false },
    exportFiles: [],
    settings: { available: false, productName: null },
    licence: null,
    quarantine: null,
    ...over,
  }) as unknown as SaveOverview;

describe('the parts of the Save step', () => {
  it('with nothing of Kaspersky found: the folder, the export offered, and the summary', () => {
    expect(saveParts({ exportChosen: false, converted: false, overview: overview() })).toEqual(['folder', 'export', 'summary']);
  });

  it('with Kaspersky Password Manager found, the password parts are counted from the start, so the total holds', () => {
    const o = overview({ passwordManager: { installed: true, name: 'Kaspersky Password Manager', canOpen: true } });
    const before = saveParts({ exportChosen: false, converted: false, overview: o });
    const after = saveParts({ exportChosen: true, converted: true, overview: o });
    expect(before).toEqual(['folder', 'export', 'convert', 'import', 'summary']);
    expect(after).toEqual(before);
  });

  it("an export chosen by hand brings the password parts in; Kaspersky's license part shows where there is a license, settings or quarantine", () => {
    expect(saveParts({ exportChosen: true, converted: false, overview: overview({ licence: { type: null, daysLeft: 41 } }) })).toEqual([
      'folder',
      'export',
      'convert',
      'import',
      'licence',
      'summary',
    ]);
    // A Kaspersky product found is enough (a Mac has no settings tool or license facts): the renewal still matters.
    expect(saveParts({ exportChosen: false, converted: false, overview: overview(), kasperskyFound: true })).toEqual(['folder', 'export', 'licence', 'summary']);
  });

  it("Kaspersky's settings get a part of their own, before the license, only where its settings tool is there", () => {
    expect(saveParts({ exportChosen: false, converted: false, overview: overview({ settings: { available: true, productName: 'Kaspersky Total Security' } }) })).toEqual([
      'folder',
      'export',
      'kaspersky',
      'licence',
      'summary',
    ]);
    expect(saveParts({ exportChosen: false, converted: false, overview: overview({ settings: { available: false, productName: 'Kaspersky Total Security' } }) })).not.toContain('kaspersky');
  });
});

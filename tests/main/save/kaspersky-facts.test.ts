import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import { kasperskyFacts } from '../../../main/save/kaspersky-facts';

const base: Inventory = { format: 'safeswitch-inventory/1', os: { platform: 'win32' } };

describe('kasperskyFacts', () => {
  it('finds avp.com, the licence and the quarantine from the vendor keys', () => {
    const facts = kasperskyFacts({
      ...base,
      vendorKeys: [
        { vendor: 'Kaspersky', productName: 'Kaspersky Plus', productVersion: '21.20.8.505', installLocation: 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky 21.20\\', licenseType: 'commercial', licenseDaysLeft: 41, quarantineCount: 3 },
      ],
    });
    expect(facts.avpCom).toBe('C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky 21.20\\avp.com');
    expect(facts.licence).toEqual({ type: 'commercial', daysLeft: 41 });
    expect(facts.quarantine).toEqual({ folder: 'C:\\ProgramData\\Kaspersky Lab\\AVP21.20\\QB', count: 3 });
    expect(facts.productName).toBe('Kaspersky Plus');
  });

  it('falls back to the avp.exe service path, and to an explicit data root', () => {
    const facts = kasperskyFacts({
      ...base,
      services: [{ name: 'AVP21.2', path: '"C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.2\\avp.exe" -r' }],
      vendorKeys: [{ vendor: 'KasperskyLab', productName: 'Kaspersky Total Security', dataRoot: 'D:\\KL\\AVP21.2' }],
    });
    expect(facts.avpCom).toBe('C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Total Security 21.2\\avp.com');
    expect(facts.quarantine).toEqual({ folder: 'D:\\KL\\AVP21.2\\QB', count: null });
    expect(facts.licence).toBeNull();
  });

  it('never builds a command from a relative or hostile location', () => {
    const facts = kasperskyFacts({
      ...base,
      vendorKeys: [{ vendor: 'Kaspersky', installLocation: '..\\evil' }, { vendor: 'Kaspersky', installLocation: 'C:\\x" & calc' }],
    });
    expect(facts.avpCom).toBeNull();
  });

  it('finds Kaspersky Password Manager and how to start it', () => {
    const facts = kasperskyFacts({
      ...base,
      programs: [{ name: 'Kaspersky Password Manager', publisher: 'Kaspersky', installLocation: 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Password Manager 25.3' }],
    });
    expect(facts.passwordManager).toEqual({
      name: 'Kaspersky Password Manager',
      launch: { file: 'C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Password Manager 25.3\\kpm.exe', args: [] },
    });
    expect(facts.avpCom).toBeNull();
    expect(kasperskyFacts(base).passwordManager).toBeNull();
  });

  it('opens the Mac app with /usr/bin/open, and says nothing about Windows-only things elsewhere', () => {
    const facts = kasperskyFacts({
      format: 'safeswitch-inventory/1',
      os: { platform: 'darwin' },
      apps: [{ name: 'Kaspersky Password Manager', path: '/Applications/Kaspersky Password Manager.app' }],
    });
    expect(facts.passwordManager?.launch).toEqual({ file: '/usr/bin/open', args: ['/Applications/Kaspersky Password Manager.app'] });
    expect(facts.avpCom).toBeNull();
    expect(facts.quarantine).toBeNull();
  });
});

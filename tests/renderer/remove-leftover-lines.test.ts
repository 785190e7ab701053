import { describe, expect, it } from 'vitest';
import type { Leftover } from '@shared/journal/remove-section';
import { leftoverLines, type Translate } from '../../renderer/src/steps/remove/leftover-lines';

/** Says the key and its values back, so each line shows which words it would use. */
const t: Translate = (key, params) => (params ? `${key}${JSON.stringify(params)}` : key);
const leftover = (over: Partial<Leftover> & Pick<Leftover, 'kind'>): Leftover => ({ id: 'x', name: 'Kaspersky Protection', detail: null, registered: false, removable: false, browser: null, ...over });

describe('a leftover says what to do, and its way through menus waits behind a button (issue 13.2)', () => {
  it('an extension names its browser, and its steps are that browser\'s', () => {
    const lines = leftoverLines(t, leftover({ kind: 'browser-extension', browser: 'firefox' }), 'win32');
    expect(lines.name).toBe('leftovers.inBrowser{"name":"Kaspersky Protection","browser":"Firefox"}');
    expect(lines.todo).toBeNull();
    expect(lines.steps).toBe('leftovers.howTo.extension.firefox{"name":"Kaspersky Protection"}');
    expect(lines.stepsInView).toBe(false);
  });

  it('a browser without words of its own, or a hostile name, gets the general steps and no browser in the name', () => {
    for (const browser of ['vivaldi', 'constructor', '__proto__', 'toString', null]) {
      const lines = leftoverLines(t, leftover({ kind: 'browser-extension', browser }), 'win32');
      expect(lines.name).toBe('Kaspersky Protection');
      expect(lines.steps).toBe('leftovers.howTo.extension.other{"name":"Kaspersky Protection"}');
    }
  });

  it('a certificate SafeSwitch can remove: why and the button in view, the way by hand behind one', () => {
    const lines = leftoverLines(t, leftover({ kind: 'certificate', removable: true, name: 'CN=Kaspersky' }), 'win32');
    expect(lines.todo).toBe('leftovers.certificateWhy leftovers.certificateButton');
    expect(lines.steps).toBe('leftovers.howTo.certificate.win32');
    expect(lines.stepsInView).toBe(false);
  });

  it('a certificate it cannot remove: no button is promised, and the way by hand stays in view', () => {
    const lines = leftoverLines(t, leftover({ kind: 'certificate', removable: false }), 'darwin');
    expect(lines.todo).toBe('leftovers.certificateWhy');
    expect(lines.steps).toBe('leftovers.howTo.certificate.darwin');
    expect(lines.stepsInView).toBe(true);
  });

  it('a driver still registered says only the warning, which says to restart first', () => {
    expect(leftoverLines(t, leftover({ kind: 'driver', registered: true }), 'win32').todo).toBe('leftovers.driverRegistered');
    expect(leftoverLines(t, leftover({ kind: 'driver', registered: false }), 'win32').todo).toBe('leftovers.howTo.driver{"name":"Kaspersky Protection"}');
  });

  it('a folder says the platform\'s own file manager, and has no steps to hide', () => {
    expect(leftoverLines(t, leftover({ kind: 'folder' }), 'darwin')).toMatchObject({ todo: 'leftovers.howTo.folderMac', steps: null });
    expect(leftoverLines(t, leftover({ kind: 'folder' }), 'linux')).toMatchObject({ todo: 'leftovers.howTo.folderLinux', steps: null });
    expect(leftoverLines(t, leftover({ kind: 'folder' }), 'win32')).toMatchObject({ todo: 'leftovers.howTo.folder{"name":"Kaspersky Protection"}', steps: null });
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../main/service/open-service';
import type { SafeSwitchService } from '../../../main/service/safeswitch-service';

const scenario = (name: string): string => resolve(__dirname, '../../scenarios', name);
const KTS_GUID = '{B0EBB9A5-1E2B-4E66-8F3C-7A5A2E0A1C11}';

let dataFolder: string;
let service: SafeSwitchService;
let opened: string[];

async function open(name: string): Promise<SafeSwitchService> {
  opened = [];
  service = await openService({
    dataFolder,
    scenarioPath: scenario(name),
    timeScale: 0,
    openExternal: async (url) => {
      opened.push(url);
      return true;
    },
  });
  return service;
}

const downloads = (file: string) => join(dataFolder, 'simulated-home', 'Downloads', file);
/** What the Remove step does on this machine, run straight on the simulated system. */
const removeKaspersky = () => service.context.system.run({ file: 'C:\\Windows\\System32\\msiexec.exe', args: ['/x', KTS_GUID, '/passive'] });

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'safeswitch-choose-'));
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
});

describe('Choose: questions and ranking', () => {
  it('pre-fills devices and the Kaspersky VPN and Password Manager from the Check step', async () => {
    await open('choose-win-kts-to-defender.json');
    await service.call('scan');
    const alt = await service.call('getAlternatives', {});
    expect(alt.answers.devices).toEqual(['windows']);
    expect(alt.answers.features).toEqual(['vpn', 'password-manager']);
    expect(alt.answersSaved).toBe(false);
    expect(alt.ranking.entries.length).toBeGreaterThanOrEqual(16);
    expect(alt.catalogAge?.oldest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(alt.ranking.entries.every((e) => e.reasons.length + e.lacks.length > 0)).toBe(true);
  });

  it('ranks with the answers it is given, saves them, and uses the saved ones next time', async () => {
    await open('choose-win-kts-to-defender.json');
    const answers = { devices: ['windows' as const], budget: 'free' as const, features: [], keepSimple: true };
    const ranked = await service.call('getAlternatives', { answers });
    expect(ranked.ranking.entries[0]?.product.id).toBe('microsoft-defender');
    await service.call('saveAnswers', { answers });
    const again = await service.call('getAlternatives', {});
    expect(again.answers).toEqual(answers);
    expect(again.answersSaved).toBe(true);
  });

  it('refuses malformed answers and unknown products', async () => {
    await open('choose-win-kts-to-defender.json');
    await expect(service.call('saveAnswers', { answers: { devices: ['toaster'], budget: null, features: null, keepSimple: null } })).rejects.toThrow(/invalid request/);
    await expect(service.call('chooseProduct', { productId: 'no-such-product' })).rejects.toThrow(/does not know/);
    await expect(service.call('chooseProduct', { productId: 'https://evil.example' })).rejects.toThrow(/invalid request/);
  });
});

describe('Choose: the vendor page', () => {
  it('opens only the catalog URL, looked up by product id, and records it', async () => {
    await open('choose-win-kts-to-defender.json');
    const result = await service.call('openVendorPage', { productId: 'bitdefender' });
    expect(result.opened).toBe(true);
    expect(result.url).toMatch(/^https:\/\/[^/]*bitdefender\.com\//);
    expect(opened).toEqual([result.url]);
    expect(service.context.journal.get().choose?.vendorPages?.[0]).toMatchObject({ productId: 'bitdefender', url: result.url, opened: true });
  });

  it('says so when no browser could be opened', async () => {
    service = await openService({ dataFolder, scenarioPath: scenario('choose-win-kts-to-defender.json'), timeScale: 0 });
    expect((await service.call('openVendorPage', { productId: 'eset' })).opened).toBe(false);
  });
});

describe('Choose → Done: a Windows user with Kaspersky Total Security, VPN and Password Manager ends on Defender', () => {
  it('passes the finish check with Defender alone once Kaspersky is gone, and writes the report', async () => {
    await open('choose-win-kts-to-defender.json');
    await service.call('scan');
    // Before removal: Kaspersky protects, Defender is passive — one product, but not the chosen one.
    const before = await service.call('finishCheck');
    expect(before.active.map((a) => a.name)).toEqual(['Kaspersky Total Security']);

    expect((await removeKaspersky()).exitCode).toBe(0);
    await service.call('chooseProduct', { productId: 'microsoft-defender' });
    expect((await service.call('openDefenderSettings')).opened).toBe(true);
    const check = await service.call('finishCheck');
    expect(check.verdict).toBe('ok');
    expect(check.active).toEqual([{ id: 'built-in', name: 'Microsoft Defender Antivirus', builtIn: true }]);
    // The Check step's record of what the user had is kept for the questions and the report.
    expect(service.context.journal.get().lastScan?.products.some((p) => p.name === 'Kaspersky Total Security')).toBe(true);

    const summary = await service.call('getDoneSummary');
    expect(summary.chosen).toMatchObject({ id: 'microsoft-defender', builtIn: true });
    expect(summary.oldProducts).toEqual(expect.arrayContaining(['Kaspersky Total Security']));

    const report = await service.call('writeFinalReport');
    const html = await readFile(report.htmlPath, 'utf8');
    expect(html).toContain('Final check');
    expect(html).toContain('This computer is protected by exactly one security program: Microsoft Defender Antivirus.');
    expect(html).toContain('Microsoft Defender');
    const json = JSON.parse(await readFile(report.jsonPath, 'utf8')) as { sections: Record<string, unknown> };
    expect(Object.keys(json.sections)).toEqual(expect.arrayContaining(['choose', 'done']));
    expect(service.context.journal.get().choose?.report?.htmlPath).toBe(report.htmlPath);
    // A second write replaces the sections, it does not make a second folder.
    expect((await service.call('writeFinalReport')).folder).toBe(report.folder);
  });

  it('says none when Kaspersky is off and Defender still passive', async () => {
    await open('choose-win-kts-to-defender.json');
    await service.call('scan');
    // Kaspersky switched off by hand and Defender still passive: nothing protects.
    const report = { ...service.context.journal.get().lastScan! };
    expect(report).toBeTruthy();
    const { evaluateFinish } = await import('../../../main/choose/finish-check');
    const none = evaluateFinish(
      { ...report, products: report.products.map((p) => ({ ...p, protection: 'off' as const })), builtIn: { name: 'Microsoft Defender Antivirus', protection: 'off' } },
      'now',
    );
    expect(none.verdict).toBe('none');
    expect(none.inactive.map((p) => p.name)).toContain('Kaspersky Total Security');
  });
});

describe('Choose → Done: a paid product from a signed installer', () => {
  it('checks the signature, runs the installer after consent, and ends on Bitdefender alone', async () => {
    await open('choose-win-paid-installer.json');
    await service.call('scan');
    await removeKaspersky();
    const list = await service.call('listInstallers');
    expect(list.installers.map((i) => i.fileName).sort()).toEqual(['bitdefender_avfree.exe', 'old-printer-driver.msi']);

    const path = downloads('bitdefender_avfree.exe');
    const check = await service.call('inspectInstaller', { productId: 'bitdefender', path });
    expect(check).toMatchObject({ verdict: 'signed-by-vendor', signer: 'Bitdefender SRL', canRun: true, kind: 'exe' });
    expect(check.sha256).toMatch(/^[0-9a-f]{64}$/);

    await expect(service.call('runInstaller', { productId: 'bitdefender', path })).rejects.toThrow(/invalid request/); // no consent
    const run = await service.call('runInstaller', { productId: 'bitdefender', path, consent: true });
    expect(run).toMatchObject({ outcome: 'finished', exitCode: 0, argv: [path] });

    const finish = await service.call('finishCheck');
    expect(finish.verdict).toBe('ok');
    expect(finish.active.map((a) => a.name)).toEqual([expect.stringMatching(/^Bitdefender/)]);

    const report = await service.call('writeFinalReport');
    const html = await readFile(report.htmlPath, 'utf8');
    expect(html).toContain('bitdefender_avfree.exe: signed by the maker, signature valid');
    expect(html).toContain('Bitdefender SRL');
    expect(html).toContain('finished (exit code 0)');
  });

  it('refuses to run an installer that was not checked, or that changed after the check', async () => {
    await open('choose-win-paid-installer.json');
    const path = downloads('bitdefender_avfree.exe');
    await expect(service.call('runInstaller', { productId: 'bitdefender', path, consent: true })).rejects.toMatchObject({ code: 'installer-not-checked' });
    await service.call('inspectInstaller', { productId: 'bitdefender', path });
    await expect(service.call('runInstaller', { productId: 'eset', path, consent: true })).rejects.toMatchObject({ code: 'installer-not-checked' });
    await writeFile(path, 'MZ something else entirely');
    await expect(service.call('runInstaller', { productId: 'bitdefender', path, consent: true })).rejects.toMatchObject({ code: 'installer-changed' });
    expect(service.context.journal.get().choose?.installerRun ?? null).toBeNull();
  });

  it('refuses a signature from another vendor than the one chosen', async () => {
    await open('choose-win-paid-installer.json');
    const check = await service.call('inspectInstaller', { productId: 'eset', path: downloads('bitdefender_avfree.exe') });
    expect(check).toMatchObject({ verdict: 'wrong-signer', signer: 'Bitdefender SRL', canRun: false });
    await expect(service.call('runInstaller', { productId: 'eset', path: check.path, consent: true })).rejects.toMatchObject({ code: 'installer-check-refused' });
  });

  it('refuses missing files, other file types, relative paths and the built-in product', async () => {
    await open('choose-win-paid-installer.json');
    expect((await service.call('inspectInstaller', { productId: 'bitdefender', path: downloads('nope.exe') })).verdict).toBe('not-found');
    expect((await service.call('inspectInstaller', { productId: 'bitdefender', path: 'Downloads\\bitdefender_avfree.exe' })).verdict).toBe('not-found');
    await writeFile(downloads('readme.txt'), 'hello');
    expect((await service.call('inspectInstaller', { productId: 'bitdefender', path: downloads('readme.txt') })).verdict).toBe('wrong-type');
    await expect(service.call('inspectInstaller', { productId: 'microsoft-defender', path: downloads('bitdefender_avfree.exe') })).rejects.toMatchObject({ code: 'built-in' });
  });

  it('accepts a path pasted with quotes around it', async () => {
    await open('choose-win-paid-installer.json');
    const check = await service.call('inspectInstaller', { productId: 'bitdefender', path: `"${downloads('bitdefender_avfree.exe')}"` });
    expect(check.verdict).toBe('signed-by-vendor');
    expect(check.path).toBe(downloads('bitdefender_avfree.exe'));
  });
});

describe('Choose → Done: unsigned installer', () => {
  it('refuses an unsigned installer and never runs it', async () => {
    await open('choose-win-unsigned-installer.json');
    const path = downloads('bitdefender_avfree.exe');
    const check = await service.call('inspectInstaller', { productId: 'bitdefender', path });
    expect(check).toMatchObject({ verdict: 'unsigned', canRun: false, signer: null });
    await expect(service.call('runInstaller', { productId: 'bitdefender', path, consent: true })).rejects.toMatchObject({ code: 'installer-check-refused' });
  });
});

describe('Choose → Done: two products active', () => {
  it('warns and names both when Defender stays on beside the new product', async () => {
    await open('choose-win-two-active.json');
    await service.call('scan');
    await removeKaspersky();
    const path = downloads('bitdefender_avfree.exe');
    await service.call('inspectInstaller', { productId: 'bitdefender', path });
    await service.call('runInstaller', { productId: 'bitdefender', path, consent: true });
    const finish = await service.call('finishCheck');
    expect(finish.verdict).toBe('two-active');
    expect(finish.active.map((a) => a.name)).toEqual([expect.stringMatching(/^Bitdefender/), 'Microsoft Defender Antivirus']);
    const report = await service.call('writeFinalReport');
    const html = await readFile(report.htmlPath, 'utf8');
    expect(html).toMatch(/More than one security program is active at the same time: Bitdefender[^<]* and Microsoft Defender Antivirus\./);
  });
});

describe('Choose → Done: a Mac user', () => {
  it('checks the package with pkgutil, opens it, and ends protected', async () => {
    await open('choose-mac-bitdefender.json');
    await service.call('scan');
    const alt = await service.call('getAlternatives', {});
    expect(alt.platform).toBe('darwin');
    expect(alt.answers.devices).toEqual(['mac']);
    expect((await service.context.system.run({ file: '/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript', args: [] })).exitCode).toBe(0);
    const list = await service.call('listInstallers');
    expect(list.installers.map((i) => i.fileName)).toEqual(['Bitdefender.pkg']);
    const check = await service.call('inspectInstaller', { productId: 'bitdefender', path: downloads('Bitdefender.pkg') });
    expect(check).toMatchObject({ verdict: 'signed-by-vendor', signer: 'Bitdefender SRL', kind: 'pkg' });
    const run = await service.call('runInstaller', { productId: 'bitdefender', path: check.path, consent: true });
    expect(run).toMatchObject({ outcome: 'opened', argv: ['/usr/bin/open', check.path] });
    const finish = await service.call('finishCheck');
    expect(finish.verdict).toBe('ok');
    expect(finish.active).toHaveLength(1);
  });
});

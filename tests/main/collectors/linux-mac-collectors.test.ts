import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dpkgCollector, parseDpkgQuery, parseRpmQuery, rpmCollector } from '../../../main/collectors/linux-packages';
import { createSystemdUnitsCollector, parseActiveUnits, parseUnitFiles, unitsFromFolders } from '../../../main/collectors/linux-systemd-units';
import { createMacAppsCollector } from '../../../main/collectors/mac-apps';
import { createLaunchdJobsCollector } from '../../../main/collectors/mac-launchd-jobs';
import { parsePkgutil } from '../../../main/collectors/mac-pkgutil';
import { bundleInfoFromJson, bundleInfoFromXml } from '../../../main/collectors/plist-reader';
import { exit, fakeContext, notFound, ok, output } from './fake-run';

describe('Linux packages', () => {
  it('dpkg-query (captured on Debian 12): installed packages with versions', () => {
    const pkgs = parseDpkgQuery(output('dpkg-query.debian12.captured.txt'));
    expect(pkgs.find((p) => p.name === 'clamav-daemon')).toEqual({ name: 'clamav-daemon', version: '1.4.6+dfsg-0+deb12u1', manager: 'dpkg' });
    expect(pkgs).toHaveLength(12);
  });

  it('skips packages removed with their configuration left (rc)', () => {
    expect(parseDpkgQuery(output('dpkg-query-removed-config.from-research.txt')).map((p) => p.name)).toEqual(['klnagent64']);
  });

  it('rpm -qa lines; a missing rpm means "not this machine\'s package manager", not a warning', async () => {
    expect(parseRpmQuery(output('rpm-qa.from-research.txt'))[0]).toEqual({ name: 'kesl', version: '12.0.0-4871', manager: 'rpm' });
    expect(await rpmCollector.collect(fakeContext('linux', () => notFound))).toEqual({ packages: [] });
    await expect(dpkgCollector.collect(fakeContext('linux', () => exit(2, 'dpkg-query: error: database locked')))).rejects.toThrow(/database locked/);
  });
});

describe('systemd units', () => {
  it('parses list-unit-files (captured, systemd not PID 1) and list-units', () => {
    const units = parseUnitFiles(output('systemctl-list-unit-files.debian12.captured.txt'));
    expect(units.find((u) => u.name === 'clamav-daemon.service')).toEqual({ name: 'clamav-daemon.service', state: 'enabled', description: null });
    const active = parseActiveUnits('kesl.service loaded active running Kaspersky Endpoint Security\nssh.service loaded inactive dead OpenBSD\n');
    expect([...active.keys()]).toEqual(['kesl.service']);
  });

  it('reads unit folders, marks units active when list-units answers, and falls back to list-unit-files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'units-'));
    writeFileSync(join(dir, 'kesl.service'), '[Unit]\n');
    const files = 'kesl.service enabled enabled\nssh.service enabled enabled\n';
    const live = fakeContext('linux', (s) => (s.args[0] === 'list-unit-files' ? ok(files) : ok('kesl.service loaded active running KESL\n')));
    expect((await createSystemdUnitsCollector([dir]).collect(live)).units).toEqual([{ name: 'kesl.service', state: 'active', description: 'KESL' }]);
    expect(live.calls.map((c) => c.args[0])).toEqual(['list-units']);
    const container = fakeContext('linux', (s) => (s.args[0] === 'list-unit-files' ? ok(files) : exit(1, 'System has not been booted with systemd')));
    expect((await createSystemdUnitsCollector([join(dir, 'none')]).collect(container)).units?.[0]).toEqual({ name: 'kesl.service', state: 'enabled', description: null });
  });

  it('falls back to reading unit folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'units-'));
    writeFileSync(join(dir, 'kesl.service'), '[Unit]\n');
    writeFileSync(join(dir, 'kesl.socket'), '');
    expect(await unitsFromFolders([dir, join(dir, 'missing')])).toEqual([{ name: 'kesl.service', state: null, description: null }]);
  });
});

describe('macOS', () => {
  it('reads bundle ids and versions from plutil JSON and XML plists', () => {
    const expected = { bundleId: 'com.kaspersky.kav', name: 'Kaspersky Internet Security', version: '21.0' };
    expect(bundleInfoFromJson(output('plutil-kaspersky-info-plist.from-research.json'))).toEqual(expected);
    expect(bundleInfoFromXml(output('kaspersky-info-plist.from-research.xml'))).toEqual(expected);
    expect(bundleInfoFromJson('not json')).toBeNull();
    expect(bundleInfoFromXml('<html/>')).toBeNull();
  });

  it('apps: XML plists read directly, binary plists through plutil', async () => {
    const root = mkdtempSync(join(tmpdir(), 'apps-'));
    const xmlApp = join(root, 'Kaspersky Internet Security.app', 'Contents');
    mkdirSync(xmlApp, { recursive: true });
    writeFileSync(join(xmlApp, 'Info.plist'), output('kaspersky-info-plist.from-research.xml'));
    const binApp = join(root, 'Binary.app', 'Contents');
    mkdirSync(binApp, { recursive: true });
    writeFileSync(join(binApp, 'Info.plist'), 'bplist00\u0000\u0001');
    mkdirSync(join(root, 'Broken.app'));
    const context = fakeContext('darwin', () => ok('{"CFBundleIdentifier":"com.example.bin","CFBundleShortVersionString":"2.0"}'));
    const { apps } = await createMacAppsCollector([root, join(root, 'missing')]).collect(context);
    expect(apps).toEqual([
      { bundleId: 'com.example.bin', name: 'Binary', path: join(root, 'Binary.app'), version: '2.0' },
      { bundleId: null, name: 'Broken', path: join(root, 'Broken.app'), version: null },
      { bundleId: 'com.kaspersky.kav', name: 'Kaspersky Internet Security', path: join(root, 'Kaspersky Internet Security.app'), version: '21.0' },
    ].sort((a, b) => a.path.localeCompare(b.path)));
    expect(context.calls).toEqual([expect.objectContaining({ file: '/usr/bin/plutil', args: ['-convert', 'json', '-o', '-', join(binApp, 'Info.plist')] })]);
  });

  it('apps: also one level down in vendor folders (/Applications/Bitdefender/, /Applications/Intego/), never deeper', async () => {
    const root = mkdtempSync(join(tmpdir(), 'apps-'));
    const bundle = (...parts: string[]) => mkdirSync(join(root, ...parts, 'Contents'), { recursive: true });
    bundle('Bitdefender', 'AntivirusforMac.app');
    bundle('Bitdefender', 'SecurityNetworkInstallerApp.app');
    bundle('Intego', 'VirusBarrier.app');
    bundle('Intego', 'Deeper', 'Hidden.app');
    bundle('.hidden', 'Secret.app');
    bundle('Malwarebytes.app');
    writeFileSync(join(root, 'notes.txt'), '');
    const { apps } = await createMacAppsCollector([root]).collect(fakeContext('darwin', () => ok('')));
    expect(apps?.map((a) => (a.path ?? '').slice(root.length)).sort()).toEqual([
      '/Bitdefender/AntivirusforMac.app',
      '/Bitdefender/SecurityNetworkInstallerApp.app',
      '/Intego/VirusBarrier.app',
      '/Malwarebytes.app',
    ]);
    expect(apps?.find((a) => a.path?.endsWith('VirusBarrier.app'))?.name).toBe('VirusBarrier');
  });

  it('launchd jobs by plist name, pkgutil receipts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'launchd-'));
    writeFileSync(join(dir, 'com.kaspersky.kav.plist'), '');
    writeFileSync(join(dir, 'README'), '');
    expect(await createLaunchdJobsCollector([dir]).collect(fakeContext('darwin', () => ok('')))).toEqual({
      launchdJobs: [{ label: 'com.kaspersky.kav', path: join(dir, 'com.kaspersky.kav.plist') }],
    });
    expect(parsePkgutil(output('pkgutil-pkgs.from-research.txt')).map((p) => p.name)).toContain('com.kaspersky.kav.core');
  });
});

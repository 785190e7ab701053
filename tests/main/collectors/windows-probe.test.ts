import { describe, expect, it } from 'vitest';
import type { Inventory } from '@shared/contracts/inventory';
import { matchInventory } from '@shared/detection/match-inventory';
import { mergeParts, runScanCollectors } from '../../../main/collectors/run-collectors';
import { allCollectors } from '../../../main/collectors/all-collectors';
import type { SiPort } from '../../../main/collectors/si-port';
import { decodeProbeOutput, ProbeError, probeToInventory } from '../../../main/collectors/windows-probe/parse-probe';
import { encodedProbe, PROBE_SCRIPT } from '../../../main/collectors/windows-probe/probe-script';
import { probeCommand, windowsProbeCollector } from '../../../main/collectors/windows-probe/windows-probe-collector';
import { exit, fakeContext, notFound, ok } from './fake-run';
import { probeRecording, probeStdout, probeStdoutEscaped } from './probe-recordings';

const RU = 'windows-probe-ru.assembled-from-captured.json';
const DE = 'windows-probe-de.assembled-from-captured.json';
const SERVER = 'windows-probe-server.assembled.json';

describe('the Windows probe: one PowerShell run, decoded once, whole', () => {
  it('runs Windows PowerShell by absolute path with a constant, encoded script', async () => {
    const context = fakeContext('win32', () => ok(probeStdout(probeRecording(RU))));
    await windowsProbeCollector.collect(context);
    expect(context.calls).toHaveLength(1);
    const call = context.calls[0];
    expect(call?.file).toMatch(/^[A-Z]:\\.*\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe$/i);
    expect(call?.args).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodedProbe()]);
    expect(Buffer.from(encodedProbe(), 'base64').toString('utf16le')).toBe(PROBE_SCRIPT);
    expect(probeCommand().maxOutput).toBeGreaterThan(1024 * 1024);
  });

  it('keeps Russian names and the quoted publisher intact, from base64 and from the escaped fallback', () => {
    for (const stdout of [probeStdout(probeRecording(RU), 'WARNING: something PowerShell printed first\r\n'), probeStdoutEscaped(probeRecording(RU)), `\uFEFF${probeStdout(probeRecording(RU))}`]) {
      const { part } = probeToInventory(decodeProbeOutput(stdout));
      expect(part.programs?.map((p) => p.name)).toContain('Агент администрирования Kaspersky Security Center');
      expect(part.programs?.find((p) => p.name.startsWith('Агент'))?.publisher).toBe('"Лаборатория Касперского"');
      expect(part.services?.find((s) => s.name === 'klnagent')).toMatchObject({ state: 'running', startMode: 'auto', displayName: 'Агент администрирования Kaspersky Security Center' });
      expect(part.os).toEqual({ platform: 'win32', distro: 'Майкрософт Windows 10 Pro', release: '10.0.19045', arch: 'x64' });
      expect(JSON.stringify(part)).not.toContain('\uFFFD');
    }
  });

  it('reads every user hive and both machine views', () => {
    const { part } = probeToInventory(decodeProbeOutput(probeStdout(probeRecording(RU))));
    expect(new Set(part.programs?.map((p) => p.source))).toEqual(new Set(['registry-32', 'registry-user']));
    expect(part.programs?.find((p) => p.source === 'registry-user')?.name).toBe('Bitrix24');
  });

  it('a failed section is a warning naming it, and its data is absent rather than empty', () => {
    const { part, warnings } = probeToInventory(decodeProbeOutput(probeStdout(probeRecording(SERVER))));
    expect(part.securityCenter).toBeUndefined();
    expect(part.programs).toHaveLength(2);
    expect(warnings.map((w) => w.source)).toEqual(['security-center', 'installed-programs']);
    expect(warnings[0]?.message).toMatch(/^Windows Security Center could not be read: Invalid namespace\. Windows Server has no Security Center/);
    expect(warnings[1]?.message).toBe('The list of installed programs (registry-user) could not be read: Requested registry access is not allowed.');
    // A missing Security Center is not "no antivirus": the server antivirus is still found.
    const inventory = mergeParts([part], { os: { platform: 'win32' } });
    const report = matchInventory(inventory, warnings);
    expect(report.products.map((p) => p.id)).toEqual(['kaspersky-windows-server', 'kaspersky-administration-tools']);
    expect(report.warnings).toHaveLength(2);
  });

  it('refuses an answer it cannot read, in plain words, and never half-reads it', () => {
    const cases: [string, boolean, RegExp][] = [
      ['', false, /gave no answer/],
      ['SAFESWITCH-PROBE-BASE64:not*base64', false, /bad base64/],
      [`SAFESWITCH-PROBE-BASE64:${Buffer.from('{"format":').toString('base64')}`, false, /broken JSON/],
      [probeStdout({ format: 'something-else/1' }), false, /not in the expected form/],
      [probeStdout({ format: 'safeswitch-windows-probe/1', programs: 'many' }), false, /not in the expected form/],
      [probeStdout(probeRecording(RU)), true, /cut off/],
    ];
    for (const [stdout, truncated, message] of cases) {
      expect(() => decodeProbeOutput(stdout, truncated)).toThrow(ProbeError);
      expect(() => decodeProbeOutput(stdout, truncated)).toThrow(message);
    }
  });

  it('a collector failure becomes one warning; the scan goes on', async () => {
    await expect(windowsProbeCollector.collect(fakeContext('win32', () => exit(1, 'Program blocked by group policy')))).rejects.toThrow(/PowerShell exited with code 1: Program blocked/);
    await expect(windowsProbeCollector.collect(fakeContext('win32', () => notFound))).rejects.toThrow(/could not be started \(ENOENT\)/);
    await expect(windowsProbeCollector.collect(fakeContext('win32', () => ok('garbage')))).rejects.toThrow('Windows could not be read: it gave no answer');
  });
});

describe('a Windows scan on the recordings', () => {
  /** A recorded Windows machine: the probe answers from a recording; si's process list too. */
  function recordedWindows(file: string) {
    let sessions = 0;
    const si: SiPort = {
      processes: () => Promise.resolve([{ name: 'avp.exe', path: null, pid: 4 }]),
      beginSession: () => {
        sessions += 1;
      },
      endSession: () => undefined,
    };
    const context = { ...fakeContext('win32', () => ok(probeStdout(probeRecording(file)))), si };
    return { context, sessions: () => sessions };
  }

  it.each([RU, DE, SERVER])('%s starts at most 2 processes: the probe and si’s persistent PowerShell', async (file) => {
    const machine = recordedWindows(file);
    const { parts, warnings } = await runScanCollectors(allCollectors, machine.context);
    expect(machine.context.calls.length + machine.sessions()).toBeLessThanOrEqual(2);
    expect(machine.context.calls).toHaveLength(1);
    expect(machine.sessions()).toBe(1);
    const inventory: Inventory = mergeParts(parts, { os: { platform: 'win32' } });
    expect(inventory.processes).toHaveLength(1);
    expect(warnings.every((w) => w.source !== 'windows-probe')).toBe(true);
  });

  it('German: Kaspersky Endpoint Security is on by Security Center, Defender passive with signatures never updated', async () => {
    const machine = recordedWindows(DE);
    const { parts, warnings } = await runScanCollectors(allCollectors, machine.context);
    const report = matchInventory(mergeParts(parts, { os: { platform: 'win32' } }), warnings);
    expect(report.products.map((p) => [p.id, p.protection, p.signatures, p.running])).toEqual([['kaspersky-endpoint-security', 'on', 'up-to-date', true]]);
    expect(report.builtIn).toEqual({ name: 'Microsoft Defender Antivirus', protection: 'off', signatures: 'out-of-date', mode: 'passive' });
  });
});

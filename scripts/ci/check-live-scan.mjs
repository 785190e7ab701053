#!/usr/bin/env node
// CI only: checks the live scan of a GitHub runner (`safeswitch scan --json`). On Windows, Defender
// must be reported as the built-in protection with a real state and every collector must have
// answered; on macOS, XProtect. Prints what it found either way, so the log shows the runner's truth.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const report = JSON.parse(readFileSync(file, 'utf8'));
const inventory = process.argv[3] ? JSON.parse(readFileSync(process.argv[3], 'utf8')) : null;
const problems = [];
if (report.format !== 'safeswitch-scan/1') problems.push(`format is ${report.format}`);
if (report.os?.platform !== process.platform) problems.push(`platform ${report.os?.platform}, runner ${process.platform}`);
const builtIn = report.builtIn ?? null;
process.stdout.write(`builtIn: ${JSON.stringify(builtIn)}\nproducts: ${(report.products ?? []).map((p) => p.name).join(', ') || 'none'}\n`);
process.stdout.write(`warnings: ${JSON.stringify(report.warnings ?? [])}\n`);
if (process.platform === 'win32') {
  if (!/Defender/i.test(builtIn?.name ?? '')) problems.push('Microsoft Defender is not reported in builtIn');
  if (!['on', 'off', 'snoozed', 'expired'].includes(builtIn?.protection)) problems.push(`Defender's state is ${builtIn?.protection}, not a real state`);
  // Every part of the Windows probe must have answered on a stock runner: a warning names a part
  // that failed. The runner is Windows Server, which has no Security Center: that one is expected there.
  const server = /server/i.test(inventory?.os?.distro ?? report.os?.distro ?? '');
  const failed = (report.warnings ?? []).filter((w) => !(server && w.source === 'security-center'));
  if (failed.length > 0) problems.push('some parts of the Windows scan failed (see warnings)');
  if (inventory) {
    // The probe really read the machine: programs from the registry, services, drivers, OS facts.
    for (const part of ['programs', 'services', 'drivers']) {
      if (!Array.isArray(inventory[part]) || inventory[part].length === 0) problems.push(`the probe found no ${part}`);
    }
    if (!inventory.os?.distro) problems.push('the probe did not read the Windows version');
    if (!Array.isArray(inventory.processes) || inventory.processes.length === 0) problems.push('systeminformation listed no processes');
    process.stdout.write(`inventory: ${['programs', 'services', 'drivers', 'certificates', 'processes'].map((k) => `${k} ${inventory[k]?.length ?? 'absent'}`).join(', ')}; os ${inventory.os?.distro}\n`);
  }
}
if (process.platform === 'darwin' && !/XProtect/i.test(builtIn?.name ?? '')) problems.push('XProtect is not reported in builtIn');
for (const p of problems) process.stderr.write(`check-live-scan: ${p}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;

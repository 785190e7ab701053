import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../main/system/run-command';
import { tempFolder } from '../../helpers/temp-folder';

describe.runIf(process.platform !== 'win32')('runCommand', () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());
  const script = (name: string, body: string) => {
    const path = join(folder.path, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  };

  it('runs an absolute program with arguments passed verbatim (no shell expansion)', async () => {
    const echo = script('echo-args.sh', 'for a in "$@"; do printf "%s\\n" "$a"; done');
    const hostile = ['$(id)', '`id`', '; rm -rf /', '&& echo pwned', '%PATH%', "'quoted'", 'a|b'];
    const result = await runCommand({ file: echo, args: hostile });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual(hostile);
  });

  it('streams output and reports the exit code', async () => {
    const chunks: string[] = [];
    const fail = script('fail.sh', 'echo working; echo broken >&2; exit 3');
    const result = await runCommand({ file: fail, args: [] }, { onOutput: (c) => chunks.push(c) });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('broken');
    expect(chunks.join('')).toContain('working');
  });

  it('joins a Cyrillic character split across two output chunks (no replacement characters)', async () => {
    // Node writes the UTF-8 bytes of "Лаборатория" with a pause inside the first letter's two bytes.
    const js = "const b=Buffer.from('Лаборатория Касперского','utf8');process.stdout.write(b.subarray(0,1));setTimeout(()=>process.stdout.write(b.subarray(1)),150)";
    const chunks: string[] = [];
    const result = await runCommand({ file: process.execPath, args: ['-e', js] }, { onOutput: (c) => chunks.push(c) });
    expect(result.stdout).toBe('Лаборатория Касперского');
    expect(result.stdout).not.toContain('\uFFFD');
    expect(chunks.length).toBeGreaterThanOrEqual(1);
    expect(result.truncated).toBeUndefined();
  });

  it('says when output was cut at the limit, instead of cutting it silently', async () => {
    const js = "process.stdout.write('x'.repeat(5000))";
    const cut = await runCommand({ file: process.execPath, args: ['-e', js], maxOutput: 1000 });
    expect(cut.stdout).toHaveLength(1000);
    expect(cut.truncated).toBe(true);
    const whole = await runCommand({ file: process.execPath, args: ['-e', js], maxOutput: 5000 });
    expect(whole.stdout).toHaveLength(5000);
    expect(whole.truncated).toBeUndefined();
  });

  it('stops a command that runs past its timeout', async () => {
    const slow = script('slow.sh', 'sleep 30');
    const result = await runCommand({ file: slow, args: [], timeoutMs: 200 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
  });

  it('can be cancelled', async () => {
    const slow = script('slow2.sh', 'sleep 30');
    const controller = new AbortController();
    const running = runCommand({ file: slow, args: [] }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect((await running).spawnError).toBe('cancelled');
  });

  it.each([
    ['a relative program', 'msiexec.exe', 'not-absolute-path'],
    ['a batch file', 'C:\\Temp\\uninstall.bat', 'batch-file-refused'],
    ['a cmd file', '/tmp/x.CMD', 'batch-file-refused'],
    ['a program that does not exist', '/nonexistent/program', 'ENOENT'],
  ])('refuses or reports %s without throwing', async (_label, file, reason) => {
    const result = await runCommand({ file, args: [] });
    expect(result.spawnError).toBe(reason);
    expect(result.exitCode).toBeNull();
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const ENTRY = join(ROOT, 'out/main/preview.js');

export interface PreviewProcess {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataFolder: string;
  readonly child: ChildProcess;
  /** SIGTERM (a clean close) or SIGKILL (a crash: nothing gets to clean up). */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/** Starts the BUILT preview server (`out/main/preview.js`) as its own process, like `npm run preview`. */
export function startPreviewProcess(options: { scenario: string; dataFolder?: string; timeScale?: number }): Promise<PreviewProcess> {
  const dataFolder = options.dataFolder ?? mkdtempSync(join(tmpdir(), 'safeswitch-e2e-'));
  const child = spawn(
    process.execPath,
    [ENTRY, '--scenario', resolve(ROOT, options.scenario), '--data-dir', dataFolder, '--port', '0', '--time-scale', String(options.timeScale ?? 0.05)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`preview did not start:\n${output}`)), 15_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=([0-9a-f]+))/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const url = match[1] as string;
      done({
        url,
        origin: new URL(url).origin,
        token: match[2] as string,
        dataFolder,
        child,
        stop: (signal = 'SIGTERM') =>
          new Promise((stopped) => {
            if (child.exitCode !== null || child.signalCode !== null) return stopped();
            child.once('exit', () => stopped());
            child.kill(signal);
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
}

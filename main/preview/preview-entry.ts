import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { argValue } from '../cli/cli-args';
import { startPreview } from './preview-server';

/** `npm run preview [-- --scenario FILE] [--data-dir DIR] [--port N] [--time-scale X]` */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scenario = argValue(argv, '--scenario');
  const dataDir = argValue(argv, '--data-dir');
  const preview = await startPreview({
    scenarioPath: scenario ? resolve(scenario) : null,
    dataFolder: dataDir ? resolve(dataDir) : mkdtempSync(join(tmpdir(), 'safeswitch-preview-')),
    rendererFolder: resolve(__dirname, '../renderer'),
    port: Number(argValue(argv, '--port') ?? 0),
    timeScale: Number(argValue(argv, '--time-scale') ?? 1),
  });
  process.stdout.write(`SafeSwitch preview on ${scenario ? `the simulated machine ${scenario}` : 'this machine'}\n`);
  process.stdout.write(`Open ${preview.url}\n`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`safeswitch: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});

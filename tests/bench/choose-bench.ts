import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256OfFile } from '../../main/choose/installer-files';
import { openService } from '../../main/service/open-service';
import { median, timeIt, type BenchFigure } from './bench-figure';

const SCENARIO = resolve(__dirname, '../scenarios/choose-win-paid-installer.json');
const INSTALLER_MB = 200;

/**
 * The Choose and Done steps' own costs: the list the window receives (re-ranked on every answer
 * change), hashing a large installer (done at the check and again just before it runs), and the
 * finish check with the final report on a simulated machine.
 */
export async function run(): Promise<BenchFigure[]> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'safeswitch-choose-bench-'));
  try {
    const service = await openService({ dataFolder, scenarioPath: SCENARIO, timeScale: 0 });
    await service.call('scan');
    const answers = { devices: ['windows', 'android'], budget: 'paid', features: ['vpn', 'password-manager'], keepSimple: false };
    const calls: number[] = [];
    let size = 0;
    for (let i = 0; i < 21; i += 1) {
      const { ms, result } = await timeIt(() => service.call('getAlternatives', { answers }));
      calls.push(ms);
      size = JSON.stringify(result).length;
    }

    const big = join(dataFolder, 'big-installer.exe');
    await writeFile(big, Buffer.alloc(INSTALLER_MB * 1024 * 1024, 7));
    const hashes: number[] = [];
    for (let i = 0; i < 3; i += 1) hashes.push((await timeIt(() => sha256OfFile(big))).ms);

    const finish: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      finish.push((await timeIt(async () => {
        await service.call('finishCheck');
        await service.call('writeFinalReport');
      })).ms);
    }
    return [
      { name: 'getAlternatives through the service (median of 21)', value: Number(median(calls).toFixed(1)), unit: 'ms', aim: '≤ 50 ms (re-ranked on every answer change)' },
      { name: 'getAlternatives response size', value: Math.round(size / 1024), unit: 'KiB' },
      { name: `SHA-256 of a ${INSTALLER_MB} MB installer (median of 3)`, value: Math.round(median(hashes)), unit: 'ms', aim: '≤ 2000 ms' },
      { name: 'finish check + final report, simulated machine (median of 5)', value: Number(median(finish).toFixed(1)), unit: 'ms', aim: '≤ 500 ms' },
    ];
  } finally {
    await rm(dataFolder, { recursive: true, force: true });
  }
}

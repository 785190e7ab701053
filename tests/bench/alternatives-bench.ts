import { CATALOG, EMPTY_ANSWERS, FEATURES, rankAlternatives, type Answers } from '../../shared/alternatives';
import { runAlternativesCommand } from '../../main/cli/alternatives-command';
import { median, timeIt, type BenchFigure } from './bench-figure';

const RICH: Answers = { devices: ['windows', 'android', 'iphone'], budget: 'free', features: [...FEATURES], keepSimple: false };

/** Ranking is recomputed on every answer change in the Choose step, so it must stay instant. */
export async function run(): Promise<BenchFigure[]> {
  const perRanking: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const { ms } = await timeIt(() => {
      for (let i = 0; i < 1000; i += 1) rankAlternatives(CATALOG, i % 2 ? RICH : EMPTY_ANSWERS, i % 3 ? 'win32' : 'darwin');
    });
    // Milliseconds for 1000 rankings = microseconds for one.
    perRanking.push(ms);
  }
  let json = '';
  const io = { stdout: (t: string) => (json += t), stderr: () => undefined, cwd: process.cwd() };
  const cli = await timeIt(() => runAlternativesCommand(['--json', '--platform', 'win32', '--free'], io));
  return [
    { name: `rankAlternatives, ${CATALOG.products.length} products (median of 7×1000)`, value: Number(median(perRanking).toFixed(1)), unit: 'µs', aim: '≤ 1000 µs' },
    { name: 'alternatives --json, one run', value: Number(cli.ms.toFixed(1)), unit: 'ms', aim: '≤ 200 ms' },
    { name: 'alternatives --json output size', value: Math.round(json.length / 1024), unit: 'KiB' },
  ];
}

import {
  CATALOG,
  catalogAge,
  EMPTY_ANSWERS,
  FEATURES,
  RANKING_WEIGHTS,
  rankAlternatives,
  type Answers,
  type Feature,
  type RankPlatform,
  type Ranking,
} from '@shared/alternatives';
import { parseArgs, UsageError } from './cli-args';
import { EXIT_OK, EXIT_USAGE, reportError, type CliIo } from './cli-io';
import { FEATURE_NAMES, formatLack, formatReason, GROUP_TEXT, lackSource, reasonSource } from './format-reasons';

export const ALTERNATIVES_USAGE =
  'safeswitch alternatives [--json] [--platform win32|darwin|linux] [--free] [--needs LIST]';

/** `--json` output format, so scripts can tell versions apart. */
export const ALTERNATIVES_FORMAT = 'safeswitch-alternatives/1';

const PLATFORMS: readonly RankPlatform[] = ['win32', 'darwin', 'linux'];
const PLATFORM_TITLES: Readonly<Record<RankPlatform, string>> = { win32: 'Windows', darwin: 'Mac', linux: 'Linux' };

interface AlternativesOptions {
  readonly json: boolean;
  readonly platform: RankPlatform;
  readonly answers: Answers;
}

/**
 * `safeswitch alternatives`: the same ranking the Choose step shows, with its reasons, from the
 * catalog shipped in the app (no network). `--needs` takes the features the user wants kept.
 */
export async function runAlternativesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let options: AlternativesOptions;
  try {
    options = readOptions(argv);
  } catch (error) {
    reportError(io, (error as Error).message);
    return EXIT_USAGE;
  }
  const ranking = rankAlternatives(CATALOG, options.answers, options.platform);
  io.stdout(options.json ? JSON.stringify(toJson(ranking), null, 2) + '\n' : formatRanking(ranking));
  return EXIT_OK;
}

function readOptions(argv: readonly string[]): AlternativesOptions {
  const args = parseArgs(argv, { booleans: ['--json', '--free'], values: ['--platform', '--needs'] });
  if (args.positionals.length > 0) {
    throw new UsageError(`unexpected argument "${args.positionals[0]}" (usage: ${ALTERNATIVES_USAGE})`);
  }
  const platformFlag = args.flags.get('--platform');
  const platform = typeof platformFlag === 'string' ? readPlatform(platformFlag) : currentPlatform();
  const needsFlag = args.flags.get('--needs');
  const features = typeof needsFlag === 'string' ? readNeeds(needsFlag) : null;
  return {
    json: args.flags.has('--json'),
    platform,
    answers: { ...EMPTY_ANSWERS, budget: args.flags.has('--free') ? 'free' : null, features },
  };
}

function readPlatform(value: string): RankPlatform {
  const platform = PLATFORMS.find((p) => p === value);
  if (!platform) throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')} (got "${value}")`);
  return platform;
}

function currentPlatform(): RankPlatform {
  const platform = PLATFORMS.find((p) => p === process.platform);
  if (!platform) throw new UsageError(`this system (${process.platform}) is not supported; pass --platform win32, darwin or linux`);
  return platform;
}

function readNeeds(value: string): Feature[] {
  const items = value.split(',').map((item) => item.trim());
  const features: Feature[] = [];
  for (const item of items) {
    const feature = FEATURES.find((f) => f === item);
    if (!feature) throw new UsageError(`--needs takes a comma-separated list of ${FEATURES.join(', ')} (got "${item}")`);
    if (!features.includes(feature)) features.push(feature);
  }
  return features;
}

function toJson(ranking: Ranking): unknown {
  return {
    format: ALTERNATIVES_FORMAT,
    platform: ranking.platform,
    answers: ranking.answers,
    catalogAge: catalogAge(CATALOG),
    weights: RANKING_WEIGHTS,
    entries: ranking.entries.map((entry) => ({
      place: entry.place,
      id: entry.product.id,
      name: entry.product.name,
      vendor: entry.product.vendor,
      group: entry.group,
      score: entry.score,
      reasons: entry.reasons,
      lacks: entry.lacks,
      reasonsText: entry.reasons.map(formatReason),
      lacksText: entry.lacks.map(formatLack),
      vendorPage: entry.product.vendorPage.known ? entry.product.vendorPage.value : null,
      product: entry.product,
    })),
  };
}

/** Plain text for people: a short header, then one block per product in place order. */
export function formatRanking(ranking: Ranking): string {
  const age = catalogAge(CATALOG);
  const wanted = ranking.answers.features ?? [];
  const lines = [
    `Alternatives for a ${PLATFORM_TITLES[ranking.platform]} computer, best fit first. No company pays for its place.`,
    age ? `Facts checked ${age.oldest === age.newest ? age.newest : `between ${age.oldest} and ${age.newest}`}; "not known" means our sources do not say.` : 'The catalog is empty.',
  ];
  if (ranking.answers.budget === 'free') lines.push('You asked for: free.');
  if (wanted.length > 0) lines.push(`You need: ${wanted.map((f) => FEATURE_NAMES[f]).join(', ')}.`);
  for (const entry of ranking.entries) {
    lines.push('', `${entry.place}. ${entry.product.name} (${entry.product.vendor}): ${GROUP_TEXT[entry.group]}`);
    for (const reason of entry.reasons) lines.push(`   + ${formatReason(reason)}`);
    for (const lack of entry.lacks) lines.push(`   - ${formatLack(lack)}`);
    if (entry.product.vendorPage.known) lines.push(`   Web page: ${entry.product.vendorPage.value}`);
    const sources = [...new Set([...entry.reasons.map(reasonSource), ...entry.lacks.map(lackSource)].filter((s): s is string => s !== null))];
    if (sources.length > 0) lines.push(`   Sources: ${sources.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

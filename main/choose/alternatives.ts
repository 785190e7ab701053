import type { Alternatives } from '@shared/api/choose-calls';
import {
  CATALOG,
  catalogAge,
  prefillAnswers,
  rankAlternatives,
  type Answers,
  type CatalogProduct,
  type RankPlatform,
} from '@shared/alternatives/index';
import { SCAN_FORMAT, type ScanReport } from '@shared/contracts/scan-report';
import type { Journal } from '@shared/journal/journal-schema';
import { CodedFailure } from '@shared/api/failure-codes';

/** The Check step's scan (what the user had), or an empty one for this system when there is none. */
export function startingReport(journal: Journal, platform: RankPlatform): ScanReport {
  return journal.lastScan ?? { format: SCAN_FORMAT, os: { platform }, products: [], builtIn: null, warnings: [] };
}

/**
 * The choices for the Choose step. Answers: those in the request (the user is changing them),
 * else the saved ones, else what detection suggests. The ranking is D1's pure function over the
 * shipped catalog, so the window, the CLI and the report show the same order and reasons.
 */
export function buildAlternatives(journal: Journal, platform: RankPlatform, requested?: Answers): Alternatives {
  const prefill = prefillAnswers(startingReport(journal, platform));
  const saved = journal.choose?.answers ?? null;
  const answers = requested ?? saved ?? prefill.answers;
  return {
    platform,
    answers,
    prefill: { answers: prefill.answers, reasons: [...prefill.reasons] },
    answersSaved: saved !== null,
    ranking: rankAlternatives(CATALOG, answers, platform),
    catalogAge: catalogAge(CATALOG),
    chosenProductId: journal.choose?.chosenProductId ?? null,
  };
}

export function findCatalogProduct(productId: string): CatalogProduct | null {
  return CATALOG.products.find((p) => p.id === productId) ?? null;
}

export class UnknownProductError extends CodedFailure {}

export function requireCatalogProduct(productId: string): CatalogProduct {
  const product = findCatalogProduct(productId);
  if (!product) throw new UnknownProductError('unknown-product', `SafeSwitch does not know the product "${productId.slice(0, 80)}".`);
  return product;
}

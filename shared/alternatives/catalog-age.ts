import type { Catalog, CatalogAge, CatalogProduct, CheckedDate, Fact } from './catalog-types';

/** Every fact slot of one product, by name, known or not: what the summary counts and the age reads. */
export function factSlots(product: CatalogProduct): { readonly key: string; readonly fact: Fact<unknown> }[] {
  return [
    { key: 'company', fact: product.company },
    { key: 'headquarters', fact: product.headquarters },
    ...Object.entries(product.platforms).map(([k, fact]) => ({ key: `platform.${k}`, fact })),
    ...Object.entries(product.freeTier).map(([k, fact]) => ({ key: `free.${k}`, fact })),
    { key: 'price.firstYear', fact: product.price.firstYear },
    { key: 'price.renewal', fact: product.price.renewal },
    ...Object.entries(product.features).map(([k, fact]) => ({ key: `feature.${k}`, fact })),
    { key: 'passwordImport', fact: product.passwordImport },
    { key: 'vendorPage', fact: product.vendorPage },
  ];
}

/** Every `checked` date in one product: its known facts, lab results and notices. */
export function checkedDates(product: CatalogProduct): CheckedDate[] {
  const dates: CheckedDate[] = [];
  for (const { fact } of factSlots(product)) if (fact.known) dates.push(fact.checked);
  for (const result of product.labResults) dates.push(result.checked);
  for (const notice of product.notices) dates.push(notice.checked);
  return dates;
}

/**
 * The newest and oldest `checked` date over the whole catalog. ISO dates compare as strings.
 * Returns null for a catalog without a single known fact.
 */
export function catalogAge(catalog: Catalog): CatalogAge | null {
  let newest: CheckedDate | null = null;
  let oldest: CheckedDate | null = null;
  for (const product of catalog.products) {
    for (const date of checkedDates(product)) {
      if (newest === null || date > newest) newest = date;
      if (oldest === null || date < oldest) oldest = date;
    }
  }
  return newest === null || oldest === null ? null : { newest, oldest };
}

export interface CatalogSummary {
  readonly products: number;
  readonly knownFacts: number;
  readonly unknownFacts: number;
  readonly labResults: number;
  readonly age: CatalogAge | null;
}

/** How much the catalog knows: the README states these figures and a test keeps them true. */
export function catalogSummary(catalog: Catalog): CatalogSummary {
  let knownFacts = 0;
  let unknownFacts = 0;
  let labResults = 0;
  for (const product of catalog.products) {
    for (const { fact } of factSlots(product)) if (fact.known) knownFacts += 1;
    else unknownFacts += 1;
    labResults += product.labResults.length;
  }
  return { products: catalog.products.length, knownFacts, unknownFacts, labResults, age: catalogAge(catalog) };
}

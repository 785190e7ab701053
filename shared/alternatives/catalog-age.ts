import type { Catalog, CatalogAge, CatalogProduct, CheckedDate } from './catalog-types';

/** Every `checked` date in one product: its known facts, lab results and notices. */
export function checkedDates(product: CatalogProduct): CheckedDate[] {
  const facts = [
    product.company,
    product.headquarters,
    product.freeTier,
    product.passwordImport,
    product.vendorPage,
    ...Object.values(product.platforms),
    ...Object.values(product.features),
  ];
  const dates: CheckedDate[] = [];
  for (const fact of facts) if (fact.known) dates.push(fact.checked);
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

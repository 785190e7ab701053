import { KASPERSKY_FAMILIES, OTHER_FAMILIES, SHARED_COMPONENTS } from './component-families';
import { KASPERSKY_PRODUCTS } from './kaspersky-products';
import { OTHER_PRODUCTS, VENDOR_FALLBACKS } from './other-products';
import type { Catalog } from './signature-types';

/** The whole signature catalog; Kaspersky first, so reports list it first. */
export const CATALOG: Catalog = {
  products: [...KASPERSKY_PRODUCTS, ...OTHER_PRODUCTS],
  families: [...KASPERSKY_FAMILIES, ...OTHER_FAMILIES],
  shared: SHARED_COMPONENTS,
  fallbacks: VENDOR_FALLBACKS,
};

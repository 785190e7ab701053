import type { Catalog } from './catalog-types';
import { AVAST, AVG, AVIRA, NORTON_360 } from './catalog/gen-digital';
import { MICROSOFT_DEFENDER } from './catalog/microsoft-defender';
import { MALWAREBYTES, PANDA_DOME, SOPHOS_HOME, TOTALAV, WEBROOT } from './catalog/other-products';
import { BITDEFENDER, ESET, F_SECURE, G_DATA, MCAFEE, TREND_MICRO } from './catalog/top-rated-suites';
import { ULTRAAV } from './catalog/ultraav';

/**
 * The shipped catalog. Order here means nothing (alphabetical by id for reading); only
 * rankAlternatives orders products. Facts come from shared/research (migration.md §3, §0 and
 * detection.md §6); anything the research marked [UNCONFIRMED] is UNKNOWN.
 * Vendor pages: the home page on the domain of a vendor-owned page the research cites.
 */
export const CATALOG: Catalog = {
  products: [
    AVAST,
    AVG,
    AVIRA,
    BITDEFENDER,
    ESET,
    F_SECURE,
    G_DATA,
    MALWAREBYTES,
    MCAFEE,
    MICROSOFT_DEFENDER,
    NORTON_360,
    PANDA_DOME,
    SOPHOS_HOME,
    TOTALAV,
    TREND_MICRO,
    ULTRAAV,
    WEBROOT,
  ],
};

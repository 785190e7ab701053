import type { Catalog } from './catalog-types';
import { CLAMAV, CLAMTK, XPROTECT } from './catalog/built-in-and-open-source';
import { AVAST, AVG, AVIRA, NORTON_360 } from './catalog/gen-digital';
import { MICROSOFT_DEFENDER } from './catalog/microsoft-defender';
import { MALWAREBYTES, PANDA_DOME, SOPHOS_HOME, TOTALAV, WEBROOT } from './catalog/other-products';
import { BITDEFENDER, ESET, F_SECURE, G_DATA, MCAFEE, TREND_MICRO } from './catalog/top-rated-suites';
import { ULTRAAV } from './catalog/ultraav';

/**
 * The shipped catalog. Order here means nothing (alphabetical by id for reading); only
 * rankAlternatives orders products. Every fact cites its primary source (the vendor's own site or
 * repository, the lab's own page); anything else is UNKNOWN (issue 10). Vendor pages: the home page
 * on one of the product's own domains.
 */
export const CATALOG: Catalog = {
  products: [
    AVAST,
    AVG,
    AVIRA,
    BITDEFENDER,
    CLAMAV,
    CLAMTK,
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
    XPROTECT,
  ],
};

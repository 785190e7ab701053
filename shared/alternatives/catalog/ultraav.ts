import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, freeTier, platforms, PRICE_UNKNOWN, UNKNOWN } from './fact-builders';

/**
 * UltraAV is listed because Kaspersky's US customers received it in September 2024. What the
 * research knew about that switch (installed without asking, billing carried over, its engine)
 * came from news sites and a forum; UltraAV's and Kaspersky's own pages about it were not read,
 * so none of it is a catalog fact. It has no lab result in our sources, so the ranking never puts
 * it above a product that has one, and says why.
 */
const ULTRAAV_PRIVACY = 'https://ultrasecureav.com/privacy';

export const ULTRAAV: CatalogProduct = {
  id: 'ultraav',
  name: 'UltraAV',
  vendor: 'Pango Group',
  builtIn: false,
  listedBecauseReceived: true,
  vendorDomains: ['ultrasecureav.com', 'ultraav.com'],
  company: confirmed('Anchorfree, LLC (Pango Group)', ULTRAAV_PRIVACY),
  headquarters: UNKNOWN,
  platforms: platforms({}),
  freeTier: freeTier({}),
  price: PRICE_UNKNOWN,
  features: features({}),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: confirmed('https://ultrasecureav.com/', ULTRAAV_PRIVACY),
  notices: [],
};

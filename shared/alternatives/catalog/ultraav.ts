import type { CatalogProduct } from '../catalog-types';
import { confirmed, features, notice, platforms, reported, UNKNOWN } from './fact-builders';

/**
 * UltraAV is listed because Kaspersky's US customers received it in September 2024 (installed
 * automatically on Windows). It has no independent lab record in our sources, so the ranking never
 * puts it above a product that has one, and says why.
 */
const ULTRAAV_PRIVACY = 'https://ultrasecureav.com/privacy';
const HELP_NET_SECURITY = 'https://helpnetsecurity.com/2024/09/24/kaspersky-ultraav-handover';
const SEVERAL = 'https://several.com/news/surprise-kaspersky-exit-leaves-users-worried';
const INCYBER = 'https://incyber.org/en/article/forced-to-leave-the-united-states-kaspersky-replaces-its-antivirus-with-ultraav/';

export const ULTRAAV: CatalogProduct = {
  id: 'ultraav',
  name: 'UltraAV',
  vendor: 'UltraAV (Pango Group)',
  builtIn: false,
  listedBecauseReceived: true,
  company: confirmed('Anchorfree, LLC (Pango Group)', ULTRAAV_PRIVACY),
  headquarters: reported(['US'], HELP_NET_SECURITY),
  platforms: platforms({
    windows: reported(true, HELP_NET_SECURITY, 'installed automatically'),
    mac: reported(true, HELP_NET_SECURITY, 'installed by the user'),
    android: reported(true, HELP_NET_SECURITY, 'installed by the user'),
    ios: reported(true, HELP_NET_SECURITY, 'installed by the user'),
  }),
  freeTier: UNKNOWN,
  features: features({
    // UltraVPN came with it for former Kaspersky VPN subscribers.
    vpn: reported(true, HELP_NET_SECURITY, 'UltraVPN, for former Kaspersky VPN subscribers'),
  }),
  passwordImport: UNKNOWN,
  labResults: [],
  vendorPage: confirmed('https://ultrasecureav.com/', ULTRAAV_PRIVACY),
  notices: [
    notice('installed-without-consent', HELP_NET_SECURITY, 'third-party'),
    notice('billing-carried-over', HELP_NET_SECURITY, 'third-party'),
    notice('no-independent-lab-record', SEVERAL, 'third-party'),
    notice('engine-from-other-vendor', SEVERAL, 'third-party'),
    notice('hard-to-remove', INCYBER, 'third-party'),
  ],
};

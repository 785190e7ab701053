import type { DetectedProduct, ScanReport } from '../contracts/scan-report';
import { KASPERSKY_FEATURES, type Device, type PrefillReason, type PrefilledAnswers } from './question-types';

type KasperskyFeature = (typeof KASPERSKY_FEATURES)[number];

const DEVICE_BY_PLATFORM: Readonly<Record<string, Device>> = { win32: 'windows', darwin: 'mac', linux: 'linux' };

/**
 * Pre-fills the questions from what detection found: the computer's device from the OS, and the
 * Kaspersky features the user had (Kaspersky VPN, Password Manager, Safe Kids). Budget and
 * "keep it simple" are the user's to say, so they stay unanswered. Nothing found → null (not []),
 * so the question stays open rather than answered "none".
 */
export function prefillAnswers(report: ScanReport): PrefilledAnswers {
  const reasons: PrefillReason[] = [];
  const device = DEVICE_BY_PLATFORM[report.os.platform];
  if (device) reasons.push({ question: 'devices', device, from: 'os', platform: report.os.platform });

  const features: KasperskyFeature[] = [];
  for (const product of report.products) {
    const feature = kasperskyFeatureOf(product);
    if (feature === null) continue;
    reasons.push({ question: 'features', feature, from: 'product', productId: product.id, productName: product.name });
    if (!features.includes(feature)) features.push(feature);
  }
  // Keep the question's own order so the answers do not depend on detection order.
  features.sort((a, b) => KASPERSKY_FEATURES.indexOf(a) - KASPERSKY_FEATURES.indexOf(b));

  return {
    answers: {
      devices: device ? [device] : null,
      budget: null,
      features: features.length > 0 ? features : null,
      keepSimple: null,
    },
    reasons,
  };
}

/** Which Kaspersky feature a detected product stands for, by its kind, else by its name. */
export function kasperskyFeatureOf(product: DetectedProduct): KasperskyFeature | null {
  const label = `${product.vendor} ${product.name}`.toLowerCase();
  if (!label.includes('kaspersky')) return null;
  if (product.kind === 'vpn') return 'vpn';
  if (product.kind === 'password-manager') return 'password-manager';
  if (product.kind === 'parental-control') return 'parental-control';
  // Detection may report these as `other`; the product names are Kaspersky's own (detection.md §0).
  if (/\bvpn\b|secure connection/.test(label)) return 'vpn';
  if (label.includes('password manager')) return 'password-manager';
  if (label.includes('safe kids')) return 'parental-control';
  return null;
}

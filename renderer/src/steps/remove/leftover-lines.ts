import type { Leftover } from '@shared/journal/remove-section';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Browser names are brands: the same in every language. */
const BROWSERS: Readonly<Record<string, string>> = { chrome: 'Chrome', edge: 'Edge', firefox: 'Firefox', safari: 'Safari', brave: 'Brave', opera: 'Opera' };

/** A browser we have words for; own keys only, so a collector's "constructor" is no browser. */
function knownBrowser(id: string | null): string | null {
  return id !== null && Object.hasOwn(BROWSERS, id) ? id : null;
}

/** What to do about a leftover, in a line or two (the step-by-step by hand is `byHand`); an extension has only its steps. */
function whatToDo(t: Translate, leftover: Leftover, platform: string): string | null {
  if (leftover.kind === 'browser-extension') return null;
  // "Restart first" is in the warning itself; "It usually goes after a restart" would say it twice.
  if (leftover.kind === 'driver' && leftover.registered) return t('leftovers.driverRegistered');
  if (leftover.kind === 'certificate') return leftover.removable ? `${t('leftovers.certificateWhy')} ${t('leftovers.certificateButton')}` : t('leftovers.certificateWhy');
  if (leftover.kind === 'folder' && platform === 'darwin') return t('leftovers.howTo.folderMac');
  // Platform words (issue 13.5): File Explorer on Windows, the Finder on a Mac, Files on Linux.
  if (leftover.kind === 'folder' && platform === 'linux') return t('leftovers.howTo.folderLinux');
  return t(`leftovers.howTo.${leftover.kind}`, { name: leftover.name });
}

/** The steps by hand, for the leftovers whose removal is a path through menus; null for the others. */
function byHand(t: Translate, leftover: Leftover, platform: string): string | null {
  if (leftover.kind === 'browser-extension') {
    return t(`leftovers.howTo.extension.${knownBrowser(leftover.browser) ?? 'other'}`, { name: leftover.name });
  }
  if (leftover.kind === 'certificate') return t(`leftovers.howTo.certificate.${platform === 'darwin' ? 'darwin' : 'win32'}`);
  return null;
}

export interface LeftoverLines {
  /** Its name as shown: an extension with its browser ("Kaspersky Protection in Chrome"). */
  readonly name: string;
  /** What to do, in view; null where there are only steps. */
  readonly todo: string | null;
  /** The way by hand through menus; null where there is none. */
  readonly steps: string | null;
  /** The steps stay in view where they are the only way (a certificate SafeSwitch cannot remove). */
  readonly stepsInView: boolean;
}

/** What a leftover's line says, and what waits behind "How to remove it". */
export function leftoverLines(t: Translate, leftover: Leftover, platform: string): LeftoverLines {
  const browser = leftover.kind === 'browser-extension' ? knownBrowser(leftover.browser) : null;
  return {
    name: browser ? t('leftovers.inBrowser', { name: leftover.name, browser: BROWSERS[browser] }) : leftover.name,
    todo: whatToDo(t, leftover, platform),
    steps: byHand(t, leftover, platform),
    stepsInView: leftover.kind === 'certificate' && !leftover.removable,
  };
}

import type { Budget, Device } from '@shared/alternatives/question-constants';
import type { Protection, Signatures } from '@shared/contracts/scan-report';
import type { InstallerRunOutcome, InstallerVerdict } from '@shared/journal/choose-section';
import type { RemovalState } from '@shared/journal/remove-section';
import type { SettingsBackupStatus } from '@shared/journal/save-section';
import { formatCatalogDay } from '@shared/wizard/catalog-date';

/**
 * The report reads like a letter (issue 13.7): dates a person writes, and words in place of the
 * app's internal ids ("password-manager", "not-found"). One table per kind of id, typed so that a
 * new id cannot be added without its words.
 */

/** The language a date is written in: the report's (see main/report-words/). US English by default. */
export interface DateLanguage {
  readonly locale: string;
  readonly unknownDate: string;
}
const US: DateLanguage = { locale: 'en-US', unknownDate: 'an unknown date' };

/** "December 1, 2026 at 1:05 PM" in this computer's time zone; the raw text if it is not a date. */
export function humanDateTime(iso: string | null | undefined, timeZone?: string, language: DateLanguage = US): string {
  if (!iso) return language.unknownDate;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language.locale, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** A catalog date ('2025', '2024-11', '2026-11-22') as "2025", "November 2024", "November 22, 2026". */
export const humanDay = (value: string, language: DateLanguage = US): string => formatCatalogDay(value, language.locale, 'long');

export const PROTECTION_WORDS: Readonly<Record<Protection, string>> = {
  on: 'protection on',
  off: 'protection off',
  snoozed: 'protection paused',
  expired: 'license run out, not protecting',
  unknown: 'protection state not known',
};

/** Said only when known: an unknown state adds nothing to the line. */
export const SIGNATURE_WORDS: Readonly<Record<Signatures, string>> = {
  'up-to-date': 'virus definitions up to date',
  'out-of-date': 'virus definitions out of date',
  unknown: '',
};

export const REMOVAL_WORDS: Readonly<Record<RemovalState, string>> = {
  planned: 'not removed',
  running: 'removal did not finish',
  'waiting-for-restart': 'removal finishes after a restart',
  verifying: 'removal being checked',
  done: 'removed',
  failed: 'removal failed',
  declined: 'you chose to keep it',
  blocked: 'could not be removed',
  cancelled: 'removal canceled',
  interrupted: 'removal was interrupted',
};

export const INSTALLER_WORDS: Readonly<Record<InstallerRunOutcome, string>> = {
  finished: 'finished',
  'restart-needed': 'finished, a restart is needed',
  cancelled: 'canceled',
  failed: 'ended with an error',
  opened: 'opened',
  'could-not-start': 'could not start',
};

export const SETTINGS_WORDS: Readonly<Record<SettingsBackupStatus, string>> = {
  saved: 'saved',
  'needs-password': 'Kaspersky asked for its settings password',
  'wrong-password': 'Kaspersky did not accept the settings password',
  'not-found': "Kaspersky's settings tool was not found",
  'no-file': 'Kaspersky wrote no settings file',
  failed: 'Kaspersky could not save them',
  'not-available': 'not possible on this computer',
};

export const DEVICE_WORDS: Readonly<Record<Device, string>> = {
  windows: 'Windows computer',
  mac: 'Mac',
  linux: 'Linux computer',
  android: 'Android phone or tablet',
  iphone: 'iPhone or iPad',
};

export const BUDGET_WORDS: Readonly<Record<Budget, string>> = {
  free: 'only free options',
  paid: 'happy to pay',
  either: 'does not mind',
};

export const VERDICT_WORDS: Readonly<Record<InstallerVerdict, string>> = {
  'signed-by-vendor': 'signed by the maker, signature valid',
  'not-checked': 'a disk image: macOS checks the app inside when it is first opened',
  unsigned: 'not signed: SafeSwitch refused to run it',
  invalid: 'signature not valid: SafeSwitch refused to run it',
  'wrong-signer': 'signed by someone other than the maker: SafeSwitch refused to run it',
  'unknown-signer': "SafeSwitch does not know who signs this maker's installers: refused",
  'not-found': 'file not found',
  'wrong-type': 'not an installer SafeSwitch can check on this computer',
  'not-supported': 'installers are not checked on this system',
  'check-failed': 'the signature could not be checked: SafeSwitch refused to run it',
};

export const FEATURE_WORDS: Readonly<Record<string, string>> = {
  vpn: 'VPN',
  'password-manager': 'password manager',
  'parental-control': 'parental control',
  'identity-protection': 'identity protection',
};

/** A value typed only as text (the Done summary's) in words, or as it is when the table lacks it. */
export function wordFor(table: Readonly<Record<string, string>>, key: string): string {
  return table[key] ?? key;
}

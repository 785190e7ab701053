import i18next from 'i18next';
import { CallError } from './call-error';

/**
 * A failed call in the reader's language. Main sends a code for every failure it means (disk full,
 * a removal running, an installer that changed…): its sentence comes from common.json's `failure`
 * strings. Anything else is a failure nobody planned for: English keeps main's message, which is
 * written for people; Spanish and Russian say so in their own words and quote it.
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof CallError && error.code !== 'failed') {
    const key = `failure.${error.code}`;
    if (i18next.exists(key, { ns: 'common' })) return i18next.t(key, { ns: 'common', ...error.params });
  }
  return i18next.language === 'en' ? message : i18next.t('failure.unplanned', { ns: 'common', message });
}

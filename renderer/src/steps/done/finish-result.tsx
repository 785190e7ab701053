import { useTranslation } from 'react-i18next';
import type { FinishCheck } from '@shared/journal/choose-section';
import { formatDateTime, formatList } from '../../i18n';

/** The finish check in words: one product (good), two at once (warning, both named), none (warning + how). */
export function FinishResult({ check, onOpenDefender }: { check: FinishCheck; onOpenDefender?: () => void }) {
  const { t } = useTranslation('done');
  const names = check.active.map((a) => a.name);
  const first = check.active[0];
  // "Protected" (green) only for protection that runs, is on and is up to date: an out-of-date
  // Kaspersky is not protection, and is never shown in a green box.
  const good = check.verdict === 'ok' && first !== undefined && first.outOfDate !== true;
  return (
    <div className={good ? 'result good' : 'result warning'} role={good ? 'status' : 'alert'}>
      {good ? <p>{first.builtIn ? t('result.okBuiltIn', { name: first.name }) : t('result.ok', { name: first.name })}</p> : null}
      {check.verdict === 'ok' && first?.outOfDate ? (
        <p>{/kaspersky/i.test(first.name) ? t('result.okButStaleKaspersky', { name: first.name }) : t('result.okButStale', { name: first.name })}</p>
      ) : null}
      {check.verdict === 'two-active' ? (
        <>
          <p>{t('result.twoActive', { names: formatList(names) })}</p>
          {check.platform === 'win32' && check.active.some((a) => a.builtIn) ? <p>{t('result.twoActiveDefender')}</p> : null}
        </>
      ) : null}
      {check.verdict === 'none' ? (
        <>
          <p>{t('result.none')}</p>
          <p>{check.platform === 'win32' ? t('result.noneWindows') : t('result.noneOther')}</p>
          {check.platform === 'win32' && onOpenDefender ? (
            <button type="button" className="button secondary" onClick={onOpenDefender}>
              {t('result.openDefender')}
            </button>
          ) : null}
        </>
      ) : null}
      {check.inactive.length > 0 ? <p>{t('result.inactive', { names: formatList(check.inactive.map((p) => p.name)) })}</p> : null}
      {check.scanWarnings > 0 ? <p>{t('result.scanWarnings', { count: check.scanWarnings })}</p> : null}
      <p className="muted">{t('result.checkedAt', { time: formatDateTime(check.checkedAt) })}</p>
    </div>
  );
}

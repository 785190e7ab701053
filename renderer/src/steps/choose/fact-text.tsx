import { formatCatalogDate } from '../../i18n';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LabResult, Reason } from '@shared/alternatives/index';
import type { LineLack } from './card-reasons';

/** One sentence per reason; the codes come from the ranking in shared/alternatives. */
export function reasonText(t: TFunction<'choose'>, reason: Reason): string {
  switch (reason.code) {
    case 'built-in':
    case 'not-for-platform':
    case 'pinned-keep-simple':
    case 'pinned-free-built-in':
    case 'free':
    case 'free-scan-only':
      return t(`reason.${reason.code}`, { platform: t(`platform.${reason.platform}`) });
    case 'lab-result':
      return reason.outcome === 'tested' || reason.award === null
        ? t('reason.lab-tested', { lab: reason.lab, test: reason.test, edition: reason.edition, date: formatCatalogDate(reason.date), platform: t(`platform.${reason.platform}`) })
        : t('reason.lab-result', { lab: reason.lab, test: reason.test, award: reason.award, edition: reason.edition, date: formatCatalogDate(reason.date), platform: t(`platform.${reason.platform}`) });
    case 'has-feature':
      return reason.edition
        ? t('reason.has-feature-edition', { feature: t(`featureName.${reason.feature}`), edition: reason.edition })
        : t('reason.has-feature', { feature: t(`featureName.${reason.feature}`) });
    case 'runs-on':
      return t('reason.runs-on', { device: t(`device.${reason.device}`) });
    case 'notice':
      return t(`notice.${reason.notice}`);
    default:
      return t(`reason.${reason.code}`);
  }
}

export function reasonSource(reason: Reason): string | null {
  return reason.code === 'lab-result' || reason.code === 'notice' ? reason.source : null;
}

/** A lack's line on a card; what our sources do not know is said in one line (card-reasons.ts). */
export function lackText(t: TFunction<'choose'>, lack: LineLack): string {
  switch (lack.code) {
    case 'feature-missing':
      return t('lack.feature-missing', { feature: t(`featureName.${lack.feature}`) });
    case 'device-unsupported':
    case 'device-unknown':
      return t(`lack.${lack.code}`, { device: t(`device.${lack.device}`) });
    case 'platform-unknown':
      return t('lack.platform-unknown', { platform: t(`platform.${lack.platform}`) });
    case 'lab-results-old':
      return t('lack.lab-results-old', { year: lack.year });
    default:
      return t(`lack.${lack.code}`);
  }
}

export function labText(t: TFunction<'choose'>, r: LabResult): string {
  return r.outcome === 'tested' || r.award === null
    ? t('fact.labTested', { lab: r.lab, test: r.test, edition: r.edition, date: formatCatalogDate(r.date), platform: t(`platform.${r.platform}`) })
    : t('fact.labLine', { lab: r.lab, test: r.test, award: r.award, edition: r.edition, date: formatCatalogDate(r.date), platform: t(`platform.${r.platform}`) });
}

/** "Source: … · checked …": sources are shown as text, never as links that would leave the app. */
export function SourceLine({ source, checked }: { source: string; checked: string }) {
  const { t } = useTranslation('choose');
  return (
    <span className="fact-source">
      {t('fact.source', { source })} · {t('fact.checked', { date: formatCatalogDate(checked) })}
    </span>
  );
}

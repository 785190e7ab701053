import { useTranslation } from 'react-i18next';
import type { SaveOverview } from '@shared/api/save-calls';

/**
 * Kaspersky's license part: what the license says, how to stop the renewal before removing it (the
 * renewal can still charge the user), and the quarantine, whose files go with Kaspersky. Where
 * Kaspersky's settings tool is missing, it says so here (there is no settings part to say it).
 */
export function LicenceSection({ overview }: { readonly overview: SaveOverview }) {
  const { t } = useTranslation('save');
  const { licence, quarantine } = overview;
  return (
    <section aria-labelledby="save-licence-heading">
      <h2 id="save-licence-heading">{t('kaspersky.licenceHeading')}</h2>
      <p>
        {licence
          ? t('kaspersky.licence', {
              type: licence.type ?? t('kaspersky.unknown'),
              days: licence.daysLeft == null ? t('kaspersky.unknown') : String(licence.daysLeft),
            })
          : t('kaspersky.noLicence')}
      </p>
      {overview.settings.available ? null : <p>{t('kaspersky.settingsUnavailable')}</p>}
      <h3>{t('kaspersky.renewalHeading')}</h3>
      <p>{t('kaspersky.renewal')}</p>
      <p>{t('kaspersky.refund')}</p>
      {quarantine ? (
        <>
          <h3>{t('kaspersky.quarantineHeading')}</h3>
          <p className="warning">{t('kaspersky.quarantine')}</p>
          <p>{quarantine.count == null ? t('kaspersky.quarantineUncounted') : t('kaspersky.quarantineCount', { count: quarantine.count })}</p>
          {quarantine.folder ? (
            <p>
              {t('kaspersky.quarantineFolder')} <code>{quarantine.folder}</code>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

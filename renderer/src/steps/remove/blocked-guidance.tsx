import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../components/disclosure';

export interface BlockedGuidanceProps {
  readonly product: string;
  readonly vendor: string;
  readonly platform: string;
  readonly kavremover: string | null;
  readonly busy: boolean;
  readonly onOpenKavremover: () => void;
}

/**
 * When the uninstaller refuses (research detection.md §3.3): self-protection or a settings password.
 * What to do, in order; then, each behind its button on Windows, Kaspersky's own removal tool (if
 * turning off self-defense did not do it) and why not Safe Mode.
 */
export function BlockedGuidance({ product, vendor, platform, kavremover, busy, onOpenKavremover }: BlockedGuidanceProps) {
  const { t } = useTranslation('remove');
  const kaspersky = vendor.toLowerCase() === 'kaspersky';
  const steps = t(kaspersky ? `blocked.kaspersky.${platform === 'darwin' || platform === 'linux' ? platform : 'win32'}` : 'blocked.other', {
    product,
    returnObjects: true,
  }) as string[];

  return (
    <>
      <h3>{t('blocked.heading')}</h3>
      <p>{t('blocked.why', { product })}</p>
      <ol>
        {steps.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {/* The fallback for when turning off self-defense did not do it: one press away, so the
          steps to try first are what the screen shows. */}
      {kaspersky && platform === 'win32' ? (
        <Disclosure label={t('blocked.kavremover.heading')}>
          <p>{t('blocked.kavremover.what')}</p>
          {kavremover ? (
            <>
              <p>{t('blocked.kavremover.found', { path: kavremover })}</p>
              <div className="actions">
                <button type="button" className="button secondary" disabled={busy} onClick={onOpenKavremover}>
                  {t('blocked.kavremover.open')}
                </button>
              </div>
            </>
          ) : (
            <p>{t('blocked.kavremover.notFound')}</p>
          )}
        </Disclosure>
      ) : null}
      {/* Safe Mode advice and its wording ("normal Windows") are about Windows only. It answers a
          question only some users have (other guides say Safe Mode), so it waits behind its button. */}
      {platform === 'win32' ? (
        <Disclosure label={t('blocked.safeMode.heading')}>
          <p>{t('blocked.safeMode.body')}</p>
        </Disclosure>
      ) : null}
    </>
  );
}

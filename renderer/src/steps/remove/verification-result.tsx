import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verification } from '@shared/journal/remove-section';
import { LeftoverItem } from './leftover-item';
import { leftoversApply } from './leftovers-shown';
import { Disclosure } from '../../components/disclosure';
import { formatList } from '../../i18n';

export interface VerificationResultProps {
  readonly product: string;
  readonly platform: string;
  readonly verification: Verification;
  readonly busy: boolean;
  readonly onRemoveCertificate: (leftoverId: string) => void;
}

/** The result of the check after removal: what is gone, what is left (and how to remove it), and built-in protection. */
export function VerificationResult({ product, platform, verification, busy, onRemoveCertificate }: VerificationResultProps) {
  const { t } = useTranslation('remove');
  const [agreed, setAgreed] = useState<string | null>(null);
  const applies = leftoversApply(verification);
  const certificates = applies ? verification.leftovers.filter((l) => l.kind === 'certificate' && l.removable) : [];

  return (
    <>
      <h3>{t('verify.heading')}</h3>
      <p className={verification.removed ? 'notice' : 'warning'}>
        {verification.removed ? t('verify.removed', { product }) : t('verify.notRemoved', { product })}
      </p>
      {/* All gone: the line above says it; what was checked waits behind a button. Something left: in view. */}
      {verification.removed ? (
        <Disclosure label={t('verify.whatChecked')}>
          <CheckList checks={verification.checks} />
        </Disclosure>
      ) : (
        <CheckList checks={verification.checks} />
      )}

      <h3>{t('leftovers.heading')}</h3>
      {!applies ? (
        <p>{t('leftovers.notYet', { product })}</p>
      ) : verification.leftovers.length === 0 ? (
        <p>{t('leftovers.none')}</p>
      ) : (
        <>
          <p>{t('leftovers.intro')}</p>
          <ul className="leftovers">
            {verification.leftovers.map((l) => (
              <LeftoverItem key={l.id} leftover={l} platform={platform} />
            ))}
          </ul>
        </>
      )}

      {certificates.map((c) => (
        <div className="notice" key={c.id}>
          <p>{t('certificate.offer', { name: c.name })}</p>
          <div className="choice">
            <input
              type="checkbox"
              id={`agree-${c.id}`}
              checked={agreed === c.id}
              onChange={(e) => setAgreed(e.target.checked ? c.id : null)}
              disabled={busy}
            />
            <label htmlFor={`agree-${c.id}`}>{t('certificate.consent')}</label>
          </div>
          <div className="actions">
            <button type="button" className="button secondary" disabled={busy || agreed !== c.id} onClick={() => onRemoveCertificate(c.id)}>
              {t('certificate.action')}
            </button>
          </div>
        </div>
      ))}

      {verification.builtIn && verification.removed ? (
        <>
          <h3>{t('builtIn.heading')}</h3>
          <p>
            {platform === 'darwin'
              ? t('builtIn.xprotect')
              : verification.builtIn.protection === 'on'
                ? t('builtIn.on', { name: verification.builtIn.name })
                : verification.builtIn.otherActive.length > 0
                  ? t('builtIn.otherActive', { name: verification.builtIn.name, others: formatList(verification.builtIn.otherActive) })
                  : verification.builtIn.protection === 'unknown'
                    ? t('builtIn.unknown', { name: verification.builtIn.name })
                    : t('builtIn.off', { name: verification.builtIn.name })}
          </p>
          {verification.builtIn.needsHelp && platform === 'win32' ? <DefenderHelp /> : null}
        </>
      ) : null}
    </>
  );
}

function CheckList({ checks }: { checks: Verification['checks'] }) {
  const { t } = useTranslation('remove');
  return (
    <ul>
      {checks.map((c) => (
        <li key={c.what}>
          {t(`verify.check.${c.what}`)}: {c.gone ? t('verify.gone') : t('verify.still', { items: c.remaining.join(', ') })}
        </li>
      ))}
    </ul>
  );
}

/**
 * Turning Defender back on, as Microsoft's own help for the Windows Security app describes it
 * (support.microsoft.com, "Virus and Threat Protection in the Windows Security App"). No repair
 * commands: the ones SafeSwitch once showed came from an issue tracker, and `winmgmt
 * /resetrepository` can break other programs' WMI data.
 */
function DefenderHelp() {
  const { t } = useTranslation('remove');
  const turnOn = t('builtIn.turnOn', { returnObjects: true }) as string[];
  const help = t('builtIn.fixesHelp', { returnObjects: true, source: t('builtIn.source') }) as string[];
  return (
    <div className="warning">
      <p>{t('builtIn.turnOnIntro')}</p>
      <ol>
        {turnOn.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <Disclosure label={t('builtIn.fixesSummary')}>
        <ul className="break">
          {help.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{t('builtIn.fixesNote')}</p>
      </Disclosure>
    </div>
  );
}

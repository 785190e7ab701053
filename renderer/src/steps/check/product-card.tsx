import { useTranslation } from 'react-i18next';
import type { DetectedProduct } from '@shared/contracts/scan-report';

/** One product in plain language, with the evidence behind a Details disclosure. */
export function ProductCard({ product }: { readonly product: DetectedProduct }) {
  const { t } = useTranslation('check');
  const headingId = `product-${product.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('productHeading', { name: product.name })}</h3>
      <p className="muted">{product.version ? t('productVersion', { version: product.version }) : t('versionUnknown')}</p>
      <p>
        {t(`protection.${product.protection}`)} {t(`signatures.${product.signatures}`)}{' '}
        {product.running ? t('running') : t('notRunning')}
      </p>
      {product.vendor === 'Kaspersky' ? <p>{t('kasperskyUs')}</p> : null}
      {(product.notes ?? []).map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      <details>
        <summary>{t('details')}</summary>
        <ul className="evidence">
          {product.evidence.map((e, i) => (
            <li key={`${e.source}-${i}`}>
              <span className="evidence-source">{e.source}</span>: {e.value}
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

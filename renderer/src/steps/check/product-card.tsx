import { useTranslation } from 'react-i18next';
import type { DetectedProduct } from '@shared/contracts/scan-report';
import { productStatusKey } from './protection-summary';
import { Disclosure } from '../../components/disclosure';

/** One product in plain language: name and version, what it does now, notes, and the evidence behind Details. */
export function ProductCard({ product, label }: { readonly product: DetectedProduct; readonly label: (source: string) => string }) {
  const { t } = useTranslation('check');
  const headingId = `product-${product.id}`;
  const title = product.version ? t('productTitle', { name: product.name, version: product.version }) : product.name;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>{t(productStatusKey(product), { vendor: product.vendor })}</p>
      <p className="muted">
        {product.version ? null : `${t('versionUnknown')} `}
        {/* Security Center saying "on" means it runs, even when SafeSwitch knows none of its process names (UltraAV). */}
        {product.running || product.protection === 'on' ? t('running') : t('notRunning')}
      </p>
      {(product.notes ?? []).map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      <Disclosure label={t('details', { name: product.name })}>
        <p>{t(`removalHow.${product.removal.method}`)}</p>
        <ul className="evidence">
          {product.evidence.map((e, i) => (
            <li key={`${e.source}-${i}`}>
              <span className="evidence-source">{label(e.source)}</span>: {e.value}
            </li>
          ))}
        </ul>
      </Disclosure>
    </article>
  );
}

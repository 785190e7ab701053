import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogProduct } from '@shared/alternatives/index';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';

/** Opens the maker's page in the user's browser: main looks up and checks the URL; we send only the id. */
export function VendorPagePanel({ product }: { product: CatalogProduct }) {
  const { t } = useTranslation('choose');
  const [result, setResult] = useState<{ opened: boolean; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!product.vendorPage.known) return null;
  const open = async () => {
    setError(null);
    try {
      setResult(await api.openVendorPage({ productId: product.id }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section aria-labelledby="web-heading">
      <h3 id="web-heading">{t('get.webHeading')}</h3>
      <p>{t('get.webIntro', { name: product.name })}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void open()}>
          {t('get.openWeb', { name: product.name })}
        </button>
      </div>
      <div aria-live="polite">
        {result ? <p className="break">{result.opened ? t('get.webOpened', { url: result.url }) : t('get.webNotOpened', { url: result.url })}</p> : null}
        {error ? <p role="alert">{error}</p> : null}
      </div>
    </section>
  );
}

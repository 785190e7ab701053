import { useTranslation } from 'react-i18next';
import type { CatalogProduct } from '@shared/alternatives/index';
import { DefenderPanel } from './defender-panel';
import { InstallerPanel } from './installer-panel';
import { VendorPagePanel } from './vendor-page-panel';

/** "Get it": the built-in option explains how to turn Defender on; any other opens the maker's page or checks an installer. */
export function GetIt({ product, platform, onChangeChoice }: { product: CatalogProduct; platform: string; onChangeChoice: () => void }) {
  const { t } = useTranslation('choose');
  return (
    <section aria-labelledby="get-heading">
      <h2 id="get-heading" tabIndex={-1}>{t('get.heading', { name: product.name })}</h2>
      <div className="actions">
        <button type="button" className="button secondary" onClick={onChangeChoice}>
          {t('get.changeChoice')}
        </button>
      </div>
      {product.builtIn ? (
        <DefenderPanel platform={platform} />
      ) : (
        <>
          <VendorPagePanel product={product} />
          <InstallerPanel product={product} platform={platform} />
        </>
      )}
    </section>
  );
}

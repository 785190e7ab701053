import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { CATALOG_PLATFORMS, COMPUTER_PLATFORMS, FEATURES, type CatalogProduct, type Fact } from '@shared/alternatives/catalog-types';
import { labText, SourceLine } from './fact-text';

/** A country's name in the reader's language (Intl). */
const countryName = (code: string): string => {
  try {
    return new Intl.DisplayNames([i18next.language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** One stated value with where it comes from. */
export interface FactEntry {
  readonly text: string;
  readonly source: string;
  readonly checked: string;
}

export interface FactRow {
  readonly key: string;
  readonly label: string;
  /** What the sources state for this product, or null when they do not say (shown as "not known"). */
  readonly entries: (product: CatalogProduct) => readonly FactEntry[] | null;
}

function one<T>(fact: Fact<T>, render: (value: T) => string): readonly FactEntry[] | null {
  if (!fact.known) return null;
  const text = fact.edition ? `${render(fact.value)} (${fact.edition})` : render(fact.value);
  return [{ text, source: fact.source, checked: fact.checked }];
}

/** Every fact the catalog holds about a product, one row each, in the same order everywhere. */
export function useFactRows(): FactRow[] {
  const { t } = useTranslation('choose');
  const yesNo = (v: boolean) => (v ? t('fact.yes') : t('fact.no'));
  return [
    { key: 'company', label: t('fact.company'), entries: (p) => one(p.company, (v) => v) },
    { key: 'hq', label: t('fact.headquarters'), entries: (p) => one(p.headquarters, (v) => v.map(countryName).join(', ')) },
    ...CATALOG_PLATFORMS.map((platform) => ({
      key: `platform-${platform}`,
      label: `${t('fact.platforms')}: ${t(`platform.${platform}`)}`,
      entries: (p: CatalogProduct) => one(p.platforms[platform], yesNo),
    })),
    ...COMPUTER_PLATFORMS.map((platform) => ({
      key: `free-${platform}`,
      label: t('fact.freeTier', { platform: t(`platform.${platform}`) }),
      entries: (p: CatalogProduct) => one(p.freeTier[platform], (v) => t(`fact.freeTierValue.${v}`)),
    })),
    { key: 'price-first', label: t('fact.priceFirstYear'), entries: (p) => one(p.price.firstYear, (v) => t('fact.priceValue', { usd: v.usd, plan: v.plan })) },
    { key: 'price-renewal', label: t('fact.priceRenewal'), entries: (p) => one(p.price.renewal, (v) => t('fact.priceValue', { usd: v.usd, plan: v.plan })) },
    ...FEATURES.map((feature) => ({
      key: `feature-${feature}`,
      label: `${t('fact.features')}: ${t(`questions.feature.${feature}`)}`,
      entries: (p: CatalogProduct) => one(p.features[feature], yesNo),
    })),
    {
      key: 'passwords',
      label: t('fact.passwordImport'),
      entries: (p) =>
        one(p.passwordImport, (v) => (v.kind === 'kaspersky-txt' ? t('fact.passwordImportValue.kaspersky-txt') : t('fact.passwordImportValue.csv', { format: v.format }))),
    },
    {
      key: 'labs',
      label: t('fact.labs'),
      entries: (p) => (p.labResults.length === 0 ? null : p.labResults.map((r) => ({ text: labText(t, r), source: r.source, checked: r.checked }))),
    },
    {
      key: 'notices',
      label: t('fact.notices'),
      entries: (p) => (p.notices.length === 0 ? null : p.notices.map((n) => ({ text: t(`notice.${n.code}`), source: n.source, checked: n.checked }))),
    },
    { key: 'page', label: t('fact.vendorPage'), entries: (p) => one(p.vendorPage, (v) => v) },
  ];
}

/** One product's facts as a two-column table (inside the list's "All facts and sources"). */
export function ProductFacts({ product }: { product: CatalogProduct }) {
  const { t } = useTranslation('choose');
  const rows = useFactRows();
  return (
    <table className="facts">
      <caption className="visually-hidden">{t('list.facts', { name: product.name })}</caption>
      <tbody>
        {rows.map((row) => {
          const entries = row.entries(product);
          return (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                {entries === null ? (
                  <span className="fact-unknown">{row.key === 'labs' ? t('fact.noLabs') : t('fact.unknown')}</span>
                ) : (
                  <ul className="fact-list">
                    {entries.map((e) => (
                      <li key={`${e.text}-${e.source}`}>
                        {e.text} <SourceLine source={e.source} checked={e.checked} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

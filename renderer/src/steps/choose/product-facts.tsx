import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOG_PLATFORMS, FEATURES, type CatalogProduct } from '@shared/alternatives/index';
import { FactValue, labText, SourceLine } from './fact-text';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (code: string): string => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

export interface FactRow {
  readonly key: string;
  readonly label: string;
  readonly cell: (product: CatalogProduct) => ReactNode;
}

/** Every fact the catalog holds about a product, one row each, in the same order everywhere. */
export function useFactRows(): FactRow[] {
  const { t } = useTranslation('choose');
  const yesNo = (v: boolean) => (v ? t('fact.yes') : t('fact.no'));
  return [
    { key: 'company', label: t('fact.company'), cell: (p) => <FactValue fact={p.company} render={(v) => v} /> },
    { key: 'hq', label: t('fact.headquarters'), cell: (p) => <FactValue fact={p.headquarters} render={(v) => v.map(countryName).join(', ')} /> },
    ...CATALOG_PLATFORMS.map((platform) => ({
      key: `platform-${platform}`,
      label: `${t('fact.platforms')}: ${t(`platform.${platform}`)}`,
      cell: (p: CatalogProduct) => <FactValue fact={p.platforms[platform]} render={yesNo} />,
    })),
    { key: 'free', label: t('fact.freeTier'), cell: (p) => <FactValue fact={p.freeTier} render={(v) => t(`fact.freeTierValue.${v}`)} /> },
    ...FEATURES.map((feature) => ({
      key: `feature-${feature}`,
      label: `${t('fact.features')}: ${t(`questions.feature.${feature}`)}`,
      cell: (p: CatalogProduct) => <FactValue fact={p.features[feature]} render={yesNo} />,
    })),
    {
      key: 'passwords',
      label: t('fact.passwordImport'),
      cell: (p) => (
        <FactValue
          fact={p.passwordImport}
          render={(v) => (v.kind === 'kaspersky-txt' ? t('fact.passwordImportValue.kaspersky-txt') : t('fact.passwordImportValue.csv', { format: v.format }))}
        />
      ),
    },
    {
      key: 'labs',
      label: t('fact.labs'),
      cell: (p) =>
        p.labResults.length === 0 ? (
          <span className="fact-unknown">{t('fact.noLabs')}</span>
        ) : (
          <ul className="fact-list">
            {p.labResults.map((r) => (
              <li key={`${r.lab}-${r.test}-${r.edition}-${r.date}`}>
                {labText(t, r)} <SourceLine source={r.source} checked={r.checked} thirdParty={r.confidence === 'third-party'} />
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'notices',
      label: t('fact.notices'),
      cell: (p) =>
        p.notices.length === 0 ? (
          <span>–</span>
        ) : (
          <ul className="fact-list">
            {p.notices.map((n) => (
              <li key={n.code}>
                {t(`notice.${n.code}`)} <SourceLine source={n.source} checked={n.checked} thirdParty={n.confidence === 'third-party'} />
              </li>
            ))}
          </ul>
        ),
    },
    { key: 'page', label: t('fact.vendorPage'), cell: (p) => <FactValue fact={p.vendorPage} render={(v) => v} /> },
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
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.cell(product)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
